import type { JobType, Queue } from 'bullmq';
import type { JobEnvelope } from './bullmq-processor.js';
import type { JobStats } from './types.js';

/** Every state of a job that has not started yet (`waiting-children` is unused today but would count too). */
const WAITING_STATES = [
  'wait',
  'delayed',
  'prioritized',
  'waiting-children',
] as const satisfies readonly JobType[];
const PAGE = 500;

type EnvelopeQueue = Queue<JobEnvelope, void, string>;

/** The port's four counts from BullMQ's per-state counts. */
export async function countJobs(queue: EnvelopeQueue): Promise<JobStats> {
  const counts = await queue.getJobCounts(...WAITING_STATES, 'active', 'completed', 'failed');
  const count = (state: string) => counts[state] ?? 0;
  return {
    waiting: WAITING_STATES.reduce((sum, state) => sum + count(state), 0),
    active: count('active'),
    completed: count('completed'),
    failed: count('failed'),
  };
}

/**
 * Removes the not-yet-started jobs of a serial key; returns how many went. It pages through every waiting job
 * (O(pending)), fine for rare calls such as uninstall. A job that starts meanwhile is locked and stays; BullMQ
 * also frees a removed job's deduplication key, so its idempotency key can be used again.
 */
export async function removeWaitingOfKey(queue: EnvelopeQueue, serialKey: string): Promise<number> {
  const ids: string[] = [];
  for (const state of WAITING_STATES) {
    for (let start = 0; ; start += PAGE) {
      const jobs = await queue.getJobs(state, start, start + PAGE - 1, true);
      for (const job of jobs) if (job.data.serialKey === serialKey && job.id !== undefined) ids.push(job.id);
      if (jobs.length < PAGE) break;
    }
  }
  let removed = 0;
  for (const id of ids) removed += await queue.remove(id);
  return removed;
}
