/** A token bucket: `capacity` at most, refilled continuously at `refillPerSecond`. */
export interface RateLimit {
  readonly capacity: number;
  readonly refillPerSecond: number;
}

export type RateDecision =
  { readonly kind: 'allowed' } | { readonly kind: 'limited'; readonly retryAfterMs: number };

export interface RateLimiter {
  /** Takes `cost` tokens from the key's bucket, or says how long until they would be there. */
  take(key: string, cost?: number): RateDecision;
}

/**
 * Token buckets per key (shop or IP) in this process's memory. Bounded: past `maxKeys` the least recently
 * used bucket is dropped (it would have refilled anyway unless its key is hammering, and then it is recent).
 * Several web processes each enforce the limit, so the effective limit scales with them; that bounds abuse,
 * which is the point, without a shared store on the hot path.
 */
export function createRateLimiter(
  limit: RateLimit,
  options: { readonly now: () => number; readonly maxKeys?: number },
): RateLimiter {
  const maxKeys = options.maxKeys ?? 100_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key, cost = 1) {
      const now = options.now();
      const stored = buckets.get(key);
      const bucket = stored ?? { tokens: limit.capacity, at: now };
      bucket.tokens = Math.min(
        limit.capacity,
        bucket.tokens + ((now - bucket.at) / 1000) * limit.refillPerSecond,
      );
      bucket.at = now;
      // Re-insert: a Map iterates in insertion order, so the first key is the least recently used.
      buckets.delete(key);
      buckets.set(key, bucket);
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value as string);
      // A cost above capacity can never be paid at once; answer with the time a full bucket takes.
      if (cost > limit.capacity)
        return { kind: 'limited', retryAfterMs: Math.ceil((limit.capacity / limit.refillPerSecond) * 1000) };
      if (bucket.tokens >= cost) {
        bucket.tokens -= cost;
        return { kind: 'allowed' };
      }
      return {
        kind: 'limited',
        retryAfterMs: Math.ceil(((cost - bucket.tokens) / limit.refillPerSecond) * 1000),
      };
    },
  };
}
