import { DelayedError, WaitingError, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { AppError } from '../errors.js';
import { backoffDelay } from './backoff.js';
import type { JobEvents } from './job-events.js';
import { pexpireIfHeldBy } from './redis-scripts.js';
import type { SerialLocks } from './serial-locks.js';
import { handlerFor, type ShutdownGate } from './shutdown-gate.js';
import type { JobHandler, JobLogger, JobMap, JobName } from './types.js';

/** What a BullMQ job stores: the app's payload plus what the worker needs to run it. */
export interface JobEnvelope {
  readonly payload: unknown;
  readonly serialKey?: string;
  readonly idempotencyWindowMs: number;
}

export interface ProcessorDeps<Jobs extends JobMap> {
  readonly handlers: Readonly<Record<string, JobHandler<unknown>>>;
  readonly gate: ShutdownGate;
  readonly locks: SerialLocks;
  readonly events: JobEvents<Jobs>;
  readonly logger: JobLogger;
  readonly redis: Redis;
  /** BullMQ's deduplication key prefix (`<prefix>:<queue>:de:`). */
  readonly dedupeKeyPrefix: string;
  readonly serialRetryMs: number;
  readonly random: () => number;
}

export type EnvelopeJob = Job<JobEnvelope, void, string>;

/**
 * The function BullMQ's Worker calls per job. Around the app's handler it:
 * - serialises per key: when another job holds the key, the job steps aside with `moveToDelayed` +
 *   DelayedError (BullMQ's documented pattern; it costs no attempt) so jobs of other keys behind it run now;
 * - hands the job back on shutdown with `moveToWait` + WaitingError (no attempt counted either);
 * - keeps the idempotency key for the dedupe window after success by giving BullMQ's deduplication key a
 *   TTL, which BullMQ then leaves in place when it finalises the job.
 * It declares three parameters because BullMQ only passes the abort signal to processors that take it.
 */
export function createProcessor<Jobs extends JobMap>(deps: ProcessorDeps<Jobs>) {
  const stepAside = {
    baseMs: deps.serialRetryMs,
    maxMs: deps.serialRetryMs,
    jitter: 0.5,
    random: deps.random,
  };
  return async (
    job: EnvelopeJob,
    token: string | undefined,
    signal: AbortSignal | undefined,
  ): Promise<void> => {
    const handler = handlerFor(deps.handlers, job.name);
    const jobId = job.id;
    if (jobId === undefined || token === undefined)
      throw new AppError('BullMQ ran a job without an id or lock token');
    const { payload, serialKey, idempotencyWindowMs } = job.data;
    const lease = serialKey === undefined ? undefined : await deps.locks.acquire(serialKey, jobId);
    if (serialKey !== undefined && !lease) {
      await job.moveToDelayed(Date.now() + backoffDelay(1, stepAside), token);
      throw new DelayedError();
    }
    const attempt = job.attemptsMade + 1;
    const log = deps.logger.child({ jobId, job: job.name, attempt });
    const signals = [signal, lease?.lost].filter((item): item is AbortSignal => item !== undefined);
    const outcome = await deps.gate.run(handler, payload, { jobId, attempt, log }, signals);
    if (outcome.kind === 'handed-back' && !outcome.stopped) lease?.abandon();
    else await lease?.release();
    if (outcome.kind === 'failed') throw outcome.error;
    if (outcome.kind === 'handed-back') {
      await job.moveToWait(token);
      deps.events.emit({ kind: 'handed-back', jobId, name: job.name as JobName<Jobs>, attempt });
      throw new WaitingError();
    }
    if (idempotencyWindowMs > 0 && job.deduplicationId !== undefined) {
      const key = `${deps.dedupeKeyPrefix}${job.deduplicationId}`;
      // The work is done: a Redis error here only shortens the dedupe window, so it must not fail the job.
      await pexpireIfHeldBy(deps.redis, key, jobId, idempotencyWindowMs).catch((error: unknown) => {
        log.warn({ err: error }, 'could not keep the idempotency key after completion');
      });
    }
  };
}
