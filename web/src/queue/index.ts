import type { BullmqQueueOptions } from './bullmq-options.js';
import { createBullmqQueue } from './bullmq-queue.js';
import { createInProcessQueue, type InProcessQueueOptions } from './in-process-queue.js';
import type { JobMap, JobQueue } from './types.js';

export type {
  CloseOptions,
  EnqueueOptions,
  EnqueueResult,
  JobContext,
  JobEvent,
  JobEventListener,
  JobHandler,
  JobHandlers,
  JobLogger,
  JobMap,
  JobName,
  JobQueue,
  JobStats,
} from './types.js';
export { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff.js';
export type { JobQueueSettings } from './settings.js';
export type { Scheduler } from './scheduler.js';
export { createInProcessQueue, type InProcessQueueOptions } from './in-process-queue.js';
export { createBullmqQueue } from './bullmq-queue.js';
export { BULLMQ_ROLES, type BullmqQueueOptions, type BullmqRole } from './bullmq-options.js';

/** Which runner to build; the first two fields match AppConfig's `queue`. */
export type JobQueueOptions =
  | ({ readonly kind: 'in-process' } & InProcessQueueOptions)
  | ({ readonly kind: 'bullmq'; readonly redisUrl: string } & Omit<BullmqQueueOptions, 'connection'>);

/** In-process by default; BullMQ when the config has a Redis URL. Nothing connects until this is called. */
export function createJobQueue<Jobs extends JobMap>(options: JobQueueOptions): JobQueue<Jobs> {
  if (options.kind === 'in-process') {
    const { kind: _kind, ...rest } = options;
    return createInProcessQueue<Jobs>(rest);
  }
  const { kind: _kind, redisUrl, ...rest } = options;
  return createBullmqQueue<Jobs>({ ...rest, connection: redisUrl });
}
