import type { ApiErrorBody } from '@tandem/web/api-contract/index';

/** A non-2xx answer of the Tandem API, with the server's message and per-field issues. */
export class ApiError extends Error {
  readonly issues: readonly { readonly path: string; readonly message: string }[];
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    issues: ApiErrorBody['error']['issues'] = [],
  ) {
    super(message);
    this.name = 'ApiError';
    this.issues = issues;
  }
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    'error' in value &&
    typeof (value as ApiErrorBody).error?.message === 'string'
  );
}

/**
 * Calls the Tandem API with the session token App Bridge gives (in the Shopify admin; the dev shim elsewhere).
 * The backend scopes every call to the token's shop.
 */
export async function api<T>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const token = await shopify.idToken();
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'network', 'Tandem could not be reached. Check your connection and try again.');
  }
  if (response.status === 204) return undefined as T;
  const parsed: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    if (isErrorBody(parsed))
      throw new ApiError(response.status, parsed.error.code, parsed.error.message, parsed.error.issues);
    throw new ApiError(
      response.status,
      'http_error',
      `Tandem answered ${response.status}. Try again in a minute.`,
    );
  }
  return parsed as T;
}

/** Query string from defined values only. */
export function query(values: Readonly<Record<string, string | number | undefined | null>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values))
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
