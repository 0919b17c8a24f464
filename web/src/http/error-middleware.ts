import type { ErrorRequestHandler } from 'express';
import { AppError, PayloadTooLargeError, ValidationError } from '../errors.js';
import type { Logger } from '../logger.js';

export interface ErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly issues?: ValidationError['issues'];
  };
  readonly requestId?: string;
}

/** Errors from express's own body parsers carry `type` and `status`; translate them into ours. */
function fromBodyParser(error: unknown): AppError | undefined {
  if (typeof error !== 'object' || error === null || !('type' in error)) return undefined;
  const { type } = error as { type: unknown };
  if (type === 'entity.too.large') return new PayloadTooLargeError('Request body is too large');
  if (type === 'entity.parse.failed') return new ValidationError('Request body is not valid JSON');
  if (type === 'encoding.unsupported' || type === 'charset.unsupported')
    return new ValidationError('Unsupported body encoding');
  return undefined;
}

/**
 * The one place errors become HTTP answers: AppErrors with their status and code; anything else is a 500
 * with a generic message (details stay in the log, never in the response).
 */
export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const appError = error instanceof AppError ? error : fromBodyParser(error);
    const status = appError?.status ?? 500;
    const requestId = typeof req.id === 'string' || typeof req.id === 'number' ? String(req.id) : undefined;
    if (status >= 500) logger.error({ err: error, requestId }, 'request failed');
    else logger.info({ code: appError?.code, requestId, msg: appError?.message }, 'request rejected');
    const body: ErrorBody = {
      error: {
        code: appError?.code ?? 'internal_error',
        message: appError?.expose
          ? appError.message
          : 'Something went wrong on our side; it has been logged.',
        ...(appError instanceof ValidationError && appError.issues.length > 0
          ? { issues: appError.issues }
          : {}),
      },
      ...(requestId === undefined ? {} : { requestId }),
    };
    res.status(status).json(body);
  };
}
