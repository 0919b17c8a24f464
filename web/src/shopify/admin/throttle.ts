import type { ThrottleStatus } from './types.js';

/**
 * Our estimate of a shop's leaky bucket, refreshed from every response's throttleStatus. Shopify refills it at
 * `restoreRate` points per second up to `maximumAvailable`
 * (https://shopify.dev/docs/api/usage/rate-limits#graphql-admin-api-rate-limits).
 */
export interface BucketEstimate {
  readonly status: ThrottleStatus;
  /** When `status` was observed (ms epoch). */
  readonly observedAt: number;
}

/** Points available at `now`, assuming nobody else spent any since the observation. */
export function availableAt(estimate: BucketEstimate, now: number): number {
  const { maximumAvailable, currentlyAvailable, restoreRate } = estimate.status;
  const elapsedSeconds = Math.max(0, now - estimate.observedAt) / 1000;
  return Math.min(maximumAvailable, currentlyAvailable + elapsedSeconds * restoreRate);
}

/**
 * How long to wait before a request that needs `needed` points, so it is not throttled. Unknown bucket → go
 * (the first response tells us). A request larger than the whole bucket waits for a full bucket: Shopify rejects
 * costs above the maximum outright, so that is the best we can do.
 */
export function waitBeforeRequest(estimate: BucketEstimate | undefined, needed: number, now: number): number {
  if (!estimate) return 0;
  const target = Math.min(needed, estimate.status.maximumAvailable);
  const available = availableAt(estimate, now);
  if (available >= target) return 0;
  return Math.ceil(((target - available) / estimate.status.restoreRate) * 1000);
}
