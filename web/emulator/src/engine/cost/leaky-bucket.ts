/**
 * The per-app-per-shop leaky bucket (https://shopify.dev/docs/apps/build/apis/graphql-admin/rate-limits):
 * "Limits are enforced with a leaky bucket: your quota refills continuously"; restore rates by plan are
 * 100 (Standard), 200 (Advanced), 1000 (Plus), 2000 (Enterprise) points/second. "Before execution begins, an
 * app's bucket must have enough capacity for the requested cost of a query. When execution is complete, the
 * bucket is refunded the difference between the requested cost and the actual cost"
 * (https://shopify.dev/docs/api/usage/limits).
 * Bucket size: every recorded response we found pairs restoreRate 100 with maximumAvailable 2000 and
 * restoreRate 1000 with 20000, so the default size is 20 × the restore rate (overridable per shop).
 */

export interface ThrottleStatus {
  readonly maximumAvailable: number;
  readonly currentlyAvailable: number;
  readonly restoreRate: number;
}

export const DEFAULT_RESTORE_RATE = 100;
export const BUCKET_SECONDS = 20;

export class LeakyBucket {
  private available: number;
  private lastMs: number;

  constructor(
    private readonly maximum: number,
    private readonly restoreRate: number,
    nowMs: number,
    /** Speeds restoration up for tests; Shopify's timeline is timeScale 1. */
    private readonly timeScale = 1,
  ) {
    this.available = maximum;
    this.lastMs = nowMs;
  }

  status(nowMs: number): ThrottleStatus {
    this.restore(nowMs);
    return {
      maximumAvailable: this.maximum,
      currentlyAvailable: Math.floor(this.available),
      restoreRate: this.restoreRate,
    };
  }

  /** Take `points` if the bucket holds them; false (and nothing taken) otherwise. */
  take(points: number, nowMs: number): boolean {
    this.restore(nowMs);
    if (points > this.available) return false;
    this.available -= points;
    return true;
  }

  /** Give back the unused part of a reservation (requested − actual). */
  refund(points: number, nowMs: number): void {
    this.restore(nowMs);
    this.available = Math.min(this.maximum, this.available + Math.max(0, points));
  }

  /** Milliseconds (on the caller's clock) until `points` are available again. */
  waitFor(points: number, nowMs: number): number {
    this.restore(nowMs);
    const missing = Math.max(0, points - this.available);
    return Math.ceil((missing / (this.restoreRate * this.timeScale)) * 1000);
  }

  private restore(nowMs: number): void {
    const elapsed = Math.max(0, nowMs - this.lastMs);
    this.available = Math.min(
      this.maximum,
      this.available + (elapsed / 1000) * this.restoreRate * this.timeScale,
    );
    this.lastMs = Math.max(this.lastMs, nowMs);
  }
}
