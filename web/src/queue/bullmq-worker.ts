import { Worker } from 'bullmq';
import { isNonRetryable } from '../errors.js';
import { backoffDelay } from './backoff.js';
import { QUEUE_NAME, type ResolvedBullmqOptions } from './bullmq-options.js';
import { createProcessor, type JobEnvelope, type ProcessorDeps } from './bullmq-processor.js';
import { laneOf } from './fair-lanes.js';
import type { FairRanks } from './fair-ranks.js';
import type { JobMap, JobName } from './types.js';

export interface WorkerDeps<Jobs extends JobMap> extends ProcessorDeps<Jobs>, ResolvedBullmqOptions {
  readonly ranks: FairRanks;
}

/**
 * Starts a BullMQ Worker over the app's handlers and turns its events into the port's events.
 * Crash recovery is BullMQ's: a job whose worker died keeps no renewed lock, the stalled checker of any
 * live worker moves it back to waiting after `stalledIntervalMs`, and it runs again. It may outlive two dead
 * workers (a crash, then a kill during the rerun); the third stall fails it, so a job that kills its worker cannot
 * loop forever.
 */
const MAX_STALLED = 2;

export async function startWorker<Jobs extends JobMap>(
  deps: WorkerDeps<Jobs>,
): Promise<Worker<JobEnvelope, void, string>> {
  // The strategy's delay for each retried job, read back by the 'failed' listener below.
  const retryDelays = new WeakMap<object, number>();
  const worker = new Worker<JobEnvelope, void, string>(QUEUE_NAME, createProcessor(deps), {
    connection: { url: deps.connection },
    prefix: deps.prefix,
    concurrency: deps.concurrency,
    lockDuration: deps.stalledIntervalMs,
    stalledInterval: deps.stalledIntervalMs,
    maxStalledCount: MAX_STALLED,
    settings: {
      // -1 tells BullMQ not to retry: a NonRetryableError keeps its own name and message in the failed job.
      backoffStrategy: (attemptsMade, _type, error, job) => {
        if (isNonRetryable(error)) return -1;
        const delay = backoffDelay(attemptsMade, deps.backoff);
        if (job) retryDelays.set(job, delay);
        return delay;
      },
    },
  });
  worker.on('error', (error) => deps.logger.error({ err: error }, 'BullMQ worker error'));
  worker.on('completed', (job) => {
    void deps.ranks.give(laneOf(job.data.serialKey));
    deps.events.emit({
      kind: 'completed',
      jobId: String(job.id),
      name: job.name as JobName<Jobs>,
      attempt: job.attemptsMade,
    });
  });
  worker.on('failed', (job, error) => {
    // BullMQ passes no job when one that stalled too often was already removed; nothing is left to report.
    if (!job) return;
    const common = {
      jobId: String(job.id),
      name: job.name as JobName<Jobs>,
      attempt: job.attemptsMade,
      error,
    };
    if (job.finishedOn === undefined) {
      deps.events.emit({ kind: 'retrying', ...common, delayMs: retryDelays.get(job) ?? 0 });
      return;
    }
    void deps.ranks.give(laneOf(job.data.serialKey));
    deps.events.emit({ kind: 'failed', ...common });
  });
  await worker.waitUntilReady();
  return worker;
}
