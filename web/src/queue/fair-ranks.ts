import type { Redis } from 'ioredis';
import { decrementToZero, incrementWithTtl } from './redis-scripts.js';
import type { JobLogger } from './types.js';

/** BullMQ's largest priority. */
const MAX_PRIORITY = 2_097_151;
/** A counter left high by a crash heals after a day without new jobs in its lane. */
const COUNTER_TTL_MS = 24 * 60 * 60 * 1_000;

/**
 * Fair scheduling for the BullMQ runner. BullMQ is FIFO, so a shop that enqueued 1,000 jobs would make the
 * next shop wait behind all of them. Instead each job gets a BullMQ priority equal to the number of jobs its
 * lane (serial key) has pending: a lane's n-th pending job runs in round n, interleaved with the other lanes'
 * n-th jobs — the round-robin of the in-process runner, kept in Redis so all producers share it.
 */
export class FairRanks {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly logger: JobLogger,
  ) {}

  /** The priority for a new job in `lane`. */
  async take(lane: string): Promise<number> {
    return Math.min(
      MAX_PRIORITY,
      await incrementWithTtl(this.redis, `${this.keyPrefix}${lane}`, COUNTER_TTL_MS),
    );
  }

  /** Jobs of `lane` finished or were dropped. Never throws: a miss only skews ordering, never correctness. */
  async give(lane: string, count = 1): Promise<void> {
    try {
      await decrementToZero(this.redis, `${this.keyPrefix}${lane}`, count);
    } catch (error) {
      this.logger.warn({ err: error, lane }, 'could not update the fair-scheduling counter');
    }
  }
}
