import type { RateLimit } from './rate-limiter.js';

/** The public events endpoint's limits; tests and the bench pass their own. */
export interface IngestLimits {
  /** Requests per client IP, checked before the body is read. */
  readonly perIp: RateLimit;
  /** Events per shop. */
  readonly perShop: RateLimit;
  /** Events in one request (the pixel sends ≤ 20). */
  readonly maxEventsPerBatch: number;
  /** Body size; larger gets 413. */
  readonly maxBodyBytes: number;
  /** How far a browser clock may run ahead before an event counts as from the future. */
  readonly maxClockSkewMs: number;
  /** Older events are refused (a beacon is sent within seconds; days-old data is a replay). */
  readonly maxAgeMs: number;
}

/**
 * A checkout sends one to three requests of a handful of events; a shop's busiest sale is a few hundred
 * events per second. The per-IP budget leaves room for many buyers behind one NAT; the per-shop one for a
 * flash sale, while capping what a forged flood can write for any one shop.
 */
export const DEFAULT_INGEST_LIMITS: IngestLimits = {
  perIp: { capacity: 120, refillPerSecond: 20 },
  perShop: { capacity: 5_000, refillPerSecond: 1_000 },
  maxEventsPerBatch: 200,
  maxBodyBytes: 64 * 1024,
  maxClockSkewMs: 5 * 60_000,
  maxAgeMs: 7 * 86_400_000,
};
