/**
 * The app's error hierarchy. One express middleware (http/error-middleware.ts) maps these to HTTP answers;
 * the job runners read `retryable`. Check with `isAppError`/`isNonRetryable`, which also accept errors that
 * crossed a process boundary (BullMQ serialises them) and so only kept their `name`.
 */
export class AppError extends Error {
  /** HTTP status the error middleware answers with. */
  readonly status: number = 500;
  /** Stable machine-readable code put in the JSON body. */
  readonly code: string = 'internal_error';
  /** Whether a job that failed with this error may be tried again. */
  readonly retryable: boolean = true;
  /** Safe to show to the caller; internal errors answer with a generic message instead. */
  readonly expose: boolean = false;

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Input that failed validation; `issues` name each bad field. */
export class ValidationError extends AppError {
  override readonly status = 400;
  override readonly code = 'invalid_input';
  override readonly retryable = false;
  override readonly expose = true;
  constructor(
    message: string,
    readonly issues: readonly { readonly path: string; readonly message: string }[] = [],
  ) {
    super(message);
  }
}

export class NotFoundError extends AppError {
  override readonly status = 404;
  override readonly code = 'not_found';
  override readonly retryable = false;
  override readonly expose = true;
}

export class UnauthorizedError extends AppError {
  override readonly status = 401;
  override readonly code = 'unauthorized';
  override readonly retryable = false;
  override readonly expose = true;
}

export class PayloadTooLargeError extends AppError {
  override readonly status = 413;
  override readonly code = 'payload_too_large';
  override readonly retryable = false;
  override readonly expose = true;
}

export class RateLimitedError extends AppError {
  override readonly status = 429;
  override readonly code = 'rate_limited';
  override readonly expose = true;
  constructor(
    message: string,
    readonly retryAfterMs: number,
  ) {
    super(message);
  }
}

/** Configuration that cannot start the app; the message lists every problem. */
export class ConfigError extends AppError {
  override readonly code = 'invalid_config';
  override readonly retryable = false;
}

/** A dependency (database, queue, Shopify) cannot be reached. */
export class UnavailableError extends AppError {
  override readonly status = 503;
  override readonly code = 'unavailable';
  override readonly expose = true;
}

/** A failure no retry can fix (bad data, revoked access). Job runners fail the job at once. */
export class NonRetryableError extends AppError {
  override readonly code: string = 'non_retryable';
  override readonly retryable = false;
}

/** Shopify asked us to slow down; wait `retryAfterMs` before the next call. */
export class ShopifyThrottledError extends AppError {
  override readonly status = 503;
  override readonly code = 'shopify_throttled';
  constructor(
    message: string,
    readonly retryAfterMs: number,
  ) {
    super(message);
  }
}

/** A mutation answered with userErrors. */
export class ShopifyUserError extends AppError {
  override readonly status = 422;
  override readonly code = 'shopify_user_error';
  override readonly retryable = false;
  override readonly expose = true;
  constructor(
    message: string,
    readonly userErrors: readonly {
      readonly field?: readonly string[] | null;
      readonly message: string;
      readonly code?: string | null;
    }[],
  ) {
    super(message);
  }
}

/** The shop uninstalled the app or revoked its token; it needs to re-authenticate. */
export class ShopUninstalledError extends NonRetryableError {
  override readonly code = 'shop_uninstalled';
}

/**
 * Names of every AppError subclass (here or elsewhere in web/src) whose errors are never retryable, for errors
 * that kept only their name. test/unit/errors/non-retryable-names.test.ts derives the same set from the classes'
 * source and fails on any difference, so a new class cannot be missed. A class deciding per instance
 * (BulkOperationError) is left out: by name alone, retrying is the safe guess.
 */
export const NON_RETRYABLE_NAMES: ReadonlySet<string> = new Set([
  'ConfigError',
  'CsvError',
  'GraphqlRequestError',
  'MigrationError',
  'NonRetryableError',
  'NotFoundError',
  'PayloadTooLargeError',
  'ShopUninstalledError',
  'ShopifyUserError',
  'UnauthorizedError',
  'ValidationError',
]);

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** True for errors no retry can fix, by class or, after serialisation, by name. */
export function isNonRetryable(error: unknown): boolean {
  if (error instanceof AppError) return !error.retryable;
  return error instanceof Error && NON_RETRYABLE_NAMES.has(error.name);
}
