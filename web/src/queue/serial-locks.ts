import type { Redis } from 'ioredis';
import { acquireOrRenew, deleteIfHeldBy, pexpireIfHeldBy } from './redis-scripts.js';
import type { JobLogger } from './types.js';

/** A held serial-key lock. `lost` aborts when renewal finds another holder (the lock expired meanwhile). */
export interface SerialLease {
  readonly lost: AbortSignal;
  /** Frees the key for the next job. */
  release(): Promise<void>;
  /** Stops renewing but keeps the lock until it expires: the handler may still be running. */
  abandon(): void;
}

/**
 * Per-serial-key locks in Redis for the BullMQ runner (open-source BullMQ has no groups): SET NX PX with the
 * job id as owner, renewed every third of its TTL while the job runs. A worker that dies leaves a lock that
 * expires after `lockMs`, so a crashed shop sync blocks that shop for at most that long.
 */
export class SerialLocks {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly lockMs: number,
    private readonly logger: JobLogger,
  ) {}

  /** The lease, or undefined when another job holds the key. */
  async acquire(serialKey: string, owner: string): Promise<SerialLease | undefined> {
    const key = `${this.keyPrefix}${serialKey}`;
    if (!(await acquireOrRenew(this.redis, key, owner, this.lockMs))) return undefined;
    const lost = new AbortController();
    const renew = async () => {
      try {
        if (await pexpireIfHeldBy(this.redis, key, owner, this.lockMs)) return;
        clearInterval(timer);
        lost.abort(new Error(`Lost the serial lock of "${serialKey}": another job may be running for it`));
      } catch (error) {
        // A Redis blip: keep trying; the lock only goes if the blip outlasts lockMs.
        this.logger.warn({ err: error, serialKey }, 'could not renew serial lock');
      }
    };
    const timer = setInterval(() => void renew(), Math.max(1, Math.floor(this.lockMs / 3)));
    timer.unref();
    return {
      lost: lost.signal,
      release: async () => {
        clearInterval(timer);
        try {
          await deleteIfHeldBy(this.redis, key, owner);
        } catch (error) {
          this.logger.warn({ err: error, serialKey }, 'could not release serial lock; it expires on its own');
        }
      },
      abandon: () => clearInterval(timer),
    };
  }
}
