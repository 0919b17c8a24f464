/**
 * The job queue port. The app names its jobs in one map (job name → payload type) and gets a queue typed by
 * it; the in-process runner and the BullMQ runner both implement this port and pass one contract suite
 * (test/contract/queue). Payloads must survive JSON (BullMQ stores them in Redis; the in-process runner
 * round-trips them through JSON too, so a payload that would break in scale mode breaks locally first).
 */

/** Job name → payload. The app defines it once, e.g. `{ sync: { shop: string }; 'publish-offers': {…} }`. */
export type JobMap = Record<string, unknown>;

/** A job name of the map (string keys only: names travel through Redis). */
export type JobName<Jobs extends JobMap> = keyof Jobs & string;

export interface EnqueueOptions {
  /**
   * A second enqueue with the same key is a no-op (`{kind:'duplicate'}`) while the first job is waiting,
   * delayed, active or between attempts, and for `idempotencyWindowMs` after it completed. After the job
   * failed for good, or was cancelled, the key may be enqueued again.
   */
  readonly idempotencyKey?: string;
  /** How long after completion the idempotency key still dedupes; defaults to the queue's setting. */
  readonly idempotencyWindowMs?: number;
  /**
   * Jobs with the same key never run at the same time (one sync per shop); jobs of different keys run side by
   * side up to the queue's concurrency. Keys are also the unit of fair scheduling and of `cancel`.
   * Order among one key's jobs is not guaranteed: chain jobs (enqueue the next from a handler) where order
   * matters.
   */
  readonly serialKey?: string;
  /** Total tries before the job fails (default: the queue's `defaultAttempts`, 5). */
  readonly attempts?: number;
  /** Wait at least this long before the first try. */
  readonly delayMs?: number;
}

export type EnqueueResult =
  | { readonly kind: 'enqueued'; readonly jobId: string }
  | { readonly kind: 'duplicate'; readonly jobId: string };

/** Structured logger a handler receives (pino's Logger fits). */
export interface JobLogger {
  debug(fields: object, message?: string): void;
  info(fields: object, message?: string): void;
  warn(fields: object, message?: string): void;
  error(fields: object, message?: string): void;
  child(bindings: Record<string, unknown>): JobLogger;
}

export interface JobContext {
  readonly jobId: string;
  /** 1 on the first try. */
  readonly attempt: number;
  /**
   * Aborted when the queue shuts down past its grace period: stop at the next safe point and throw, and the
   * job is handed back, not failed. In BullMQ it is also aborted when the job's serial-key lock was lost (it
   * expired during a Redis outage); that try then counts as failed and is retried. It may already be aborted
   * when the handler looks: check `signal.aborted` (or `signal.throwIfAborted()`), not only the event.
   */
  readonly signal: AbortSignal;
  /** Bound to jobId, job name and attempt. */
  readonly log: JobLogger;
}

/**
 * Does the job's work. Resolve = done. Throw to retry with backoff; throw a NonRetryableError (or an error
 * `isNonRetryable` recognises) to fail the job at once. Handlers must be idempotent: a job can run again
 * after a crash or a hand-back.
 */
export type JobHandler<Payload> = (payload: Payload, context: JobContext) => Promise<void>;

/** One handler per job name; the compiler insists every job of the map has one. */
export type JobHandlers<Jobs extends JobMap> = { readonly [Name in JobName<Jobs>]: JobHandler<Jobs[Name]> };

interface JobEventBase<Jobs extends JobMap> {
  readonly jobId: string;
  readonly name: JobName<Jobs>;
  /** The try this event is about, 1-based. */
  readonly attempt: number;
}

export type JobEvent<Jobs extends JobMap> =
  | (JobEventBase<Jobs> & { readonly kind: 'completed' })
  /** The try failed and the job will run again after `delayMs` of backoff. */
  | (JobEventBase<Jobs> & { readonly kind: 'retrying'; readonly error: Error; readonly delayMs: number })
  /** Final: attempts used up, or the error was not retryable. */
  | (JobEventBase<Jobs> & { readonly kind: 'failed'; readonly error: Error })
  /** Shutdown aborted the job; it is waiting again and the interrupted try does not count as an attempt. */
  | (JobEventBase<Jobs> & { readonly kind: 'handed-back' });

export type JobEventListener<Jobs extends JobMap> = (event: JobEvent<Jobs>) => void;

/**
 * `waiting` counts every job not yet finished nor running (including delayed ones and those in backoff).
 * `completed`/`failed` count finished jobs: since start in-process, as retained in Redis for BullMQ.
 */
export interface JobStats {
  readonly waiting: number;
  readonly active: number;
  readonly completed: number;
  readonly failed: number;
}

export interface CloseOptions {
  /** How long active jobs may run on after close() was called before they are aborted (default 10 s). */
  readonly graceMs?: number;
  /**
   * After the abort, how long to wait for handlers to stop (default 1 s). A job that still completes counts
   * as completed; one that throws or does not stop is handed back.
   */
  readonly abortWaitMs?: number;
}

export interface JobQueue<Jobs extends JobMap> {
  /** Adds a job. Invalid options throw a ValidationError naming the field; a closed queue throws. */
  enqueue<Name extends JobName<Jobs>>(
    name: Name,
    payload: Jobs[Name],
    options?: EnqueueOptions,
  ): Promise<EnqueueResult>;
  /** Starts running jobs with these handlers (once; a producer-only queue throws a ConfigError). */
  start(handlers: JobHandlers<Jobs>): Promise<void>;
  /** Drops the waiting (and delayed) jobs of a serial key, e.g. on uninstall; returns how many. Running ones finish. */
  cancel(serialKey: string): Promise<number>;
  stats(): Promise<JobStats>;
  /** Rejects when the queue's backend cannot be reached (for /readyz). */
  ping(): Promise<void>;
  /** Observes job outcomes in this process (BullMQ: the process that ran the job). Returns an unsubscribe. */
  onEvent(listener: JobEventListener<Jobs>): () => void;
  /** Graceful shutdown: stop taking jobs, let active ones finish within the grace period, then hand them back. */
  close(options?: CloseOptions): Promise<void>;
}
