import { AppError } from '../errors.js';

/** A bulk operation ended FAILED/CANCELED or could not be started; ACCESS_DENIED is not worth retrying. */
export class BulkOperationError extends AppError {
  override readonly code = 'bulk_operation_failed';
  override readonly retryable: boolean;
  constructor(
    message: string,
    readonly errorCode: string | null,
  ) {
    super(message);
    this.retryable = errorCode !== 'ACCESS_DENIED';
  }
}

/** A bulk result file ended before all of its objects (cut transfer or a truncated file), after every retry. */
export class TruncatedBulkFileError extends AppError {
  override readonly code = 'bulk_file_truncated';
  constructor(
    message: string,
    /** Lines read, counting those skipped on resume. */
    readonly linesRead: number,
    readonly expectedLines: number,
  ) {
    super(message);
  }
}
