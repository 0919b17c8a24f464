import type { OfferEventData } from '@tandem/offer-core';

/** Sends one batch; resolves true when the transport accepted it. */
export type SendBatch = (body: string) => Promise<boolean>;

export interface BatcherOptions {
  readonly shopDomain: string;
  readonly send: SendBatch;
  /** Flush when this many events are waiting. */
  readonly maxBatch?: number;
  /** Flush this long after the first waiting event. */
  readonly flushAfterMs?: number;
  readonly setTimer?: (callback: () => void, ms: number) => unknown;
}

export interface Batcher {
  push(event: OfferEventData): void;
  /** Sends whatever is waiting now (e.g. on checkout completion). */
  flush(): Promise<void>;
  /** Drops what is waiting unsent (the buyer withdrew consent). */
  discard(): void;
}

/** The body `/api/events` accepts: one shop, a batch of events, nothing about the buyer. */
export interface EventBatchBody {
  readonly shop: string;
  readonly events: readonly OfferEventData[];
}

/**
 * Collects events and posts them in small batches: a checkout produces a handful of events within seconds,
 * so batching cuts requests to about one per checkout without delaying data by more than `flushAfterMs`.
 */
export function createBatcher(options: BatcherOptions): Batcher {
  const maxBatch = options.maxBatch ?? 20;
  const flushAfterMs = options.flushAfterMs ?? 2_000;
  const setTimer = options.setTimer ?? ((callback: () => void, ms: number) => setTimeout(callback, ms));
  let waiting: OfferEventData[] = [];
  let timerArmed = false;

  const flush = async (): Promise<void> => {
    timerArmed = false;
    if (waiting.length === 0) return;
    const events = waiting;
    waiting = [];
    const body: EventBatchBody = { shop: options.shopDomain, events };
    // Analytics must never disturb checkout: a failed send is dropped, not retried forever.
    await options.send(JSON.stringify(body)).catch(() => false);
  };

  return {
    push(event) {
      waiting.push(event);
      if (waiting.length >= maxBatch) {
        void flush();
      } else if (!timerArmed) {
        timerArmed = true;
        setTimer(() => void flush(), flushAfterMs);
      }
    },
    flush,
    discard() {
      waiting = [];
    },
  };
}
