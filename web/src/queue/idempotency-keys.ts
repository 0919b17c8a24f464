import type { Scheduler } from './scheduler.js';

/**
 * Which job holds each idempotency key (in-process runner): held while the job is pending, kept for a window
 * after it completed, released when it failed for good or was cancelled.
 */
export class IdempotencyKeys {
  private readonly holders = new Map<string, { readonly jobId: string; readonly until: number }>();
  /** Completed keys in completion order, so expired ones can be swept without scanning every key. */
  private readonly expiries: { readonly key: string; readonly until: number }[] = [];

  constructor(private readonly scheduler: Scheduler) {}

  /** The job that holds `key`, if any. */
  holder(key: string): string | undefined {
    this.sweep();
    const held = this.holders.get(key);
    return held && held.until > this.scheduler.now() ? held.jobId : undefined;
  }

  hold(key: string, jobId: string): void {
    this.holders.set(key, { jobId, until: Infinity });
  }

  /** The job completed: its key still dedupes for `windowMs`. */
  complete(key: string | undefined, jobId: string, windowMs: number): void {
    if (key === undefined || this.holders.get(key)?.jobId !== jobId) return;
    if (windowMs <= 0) {
      this.holders.delete(key);
      return;
    }
    const until = this.scheduler.now() + windowMs;
    this.holders.set(key, { jobId, until });
    this.expiries.push({ key, until });
  }

  release(key: string | undefined, jobId: string): void {
    if (key !== undefined && this.holders.get(key)?.jobId === jobId) this.holders.delete(key);
  }

  private sweep(): void {
    const now = this.scheduler.now();
    while (this.expiries.length > 0 && (this.expiries[0]?.until ?? Infinity) <= now) {
      const expired = this.expiries.shift();
      const held = expired && this.holders.get(expired.key);
      if (expired && held && held.until === expired.until) this.holders.delete(expired.key);
    }
  }
}
