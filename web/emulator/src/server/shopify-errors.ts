import type { ErrorRequestHandler, Response } from 'express';

/** Shopify's Admin API answer to a missing, unknown or revoked access token. */
export const INVALID_TOKEN_MESSAGE =
  '[API] Invalid API key or access token (unrecognized login or wrong password)';

const REASONS: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  413: 'Payload Too Large',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export const reasonPhrase = (status: number): string => REASONS[status] ?? 'Error';

/** REST-style `{"errors": …}` body, the shape Shopify uses for HTTP-level failures of its APIs. */
export function sendErrors(res: Response, status: number, errors: unknown = reasonPhrase(status)): void {
  res.status(status).json({ errors });
}

/** A malformed GraphQL request body: Shopify answers 400 naming the parameter. */
export function sendBadParameter(res: Response, parameter: string): void {
  if (parameter === 'query' || parameter === 'variables' || parameter === 'operationName') {
    sendErrors(res, 400, { [parameter]: 'Required parameter missing or invalid' });
    return;
  }
  sendErrors(res, 400, `Bad Request: ${parameter}`);
}

/** Last-resort handler: body too large → 413, unreadable body → 400, anything else → 500; never a crash. */
export const errorHandler: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
  const status =
    typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : 500;
  if (res.headersSent) {
    res.end();
    return;
  }
  if (status === 413) {
    sendErrors(res, 413, 'Request body exceeds the size limit');
    return;
  }
  if (status >= 400 && status < 500) {
    sendErrors(res, status, reasonPhrase(status));
    return;
  }
  sendErrors(res, 500, `Internal Server Error: ${error instanceof Error ? error.message : String(error)}`);
};
