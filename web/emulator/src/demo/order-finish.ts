import { LEGACY_ID_BASE } from './ids.js';
import type { Rng } from './prng.js';
import { DAY_MS } from './seasonality.js';
import type { DemoLineRecord, DemoOrderRecord } from './types.js';

const FREE_SHIPPING_FROM = 5_000;
const SHIPPING = 495;
const HOUR_MS = 3_600_000;

export interface OrderDraft {
  readonly number: number;
  readonly createdAtMs: number;
  readonly customerId: number | null;
  readonly lines: readonly DemoLineRecord[];
  /** Nothing may happen after the end of the history. */
  readonly endMs: number;
}

function later(draft: OrderDraft, rng: Rng, loMs: number, hiMs: number): number {
  return Math.min(draft.endMs, Math.floor((draft.createdAtMs + rng.range(loMs, hiMs)) / 1000) * 1000);
}

/**
 * Shipping (€4.95 below €50), checkout token and the after-sale story: ~1.5 % cancelled within two days,
 * ~0.7 % fully and ~1.5 % partly (one line) refunded within a month.
 */
export function finishOrder(draft: OrderDraft, rng: Rng): DemoOrderRecord {
  let subtotal = 0;
  for (const line of draft.lines) subtotal += line.discountedTotalCents;
  const shippingCents = subtotal >= FREE_SHIPPING_FROM ? 0 : SHIPPING;
  const r = rng.next();
  let cancelledAtMs: number | null = null;
  let refundedCents = 0;
  let updatedAtMs = draft.createdAtMs;
  if (r < 0.015) {
    cancelledAtMs = later(draft, rng, 0.5 * HOUR_MS, 48 * HOUR_MS);
    refundedCents = subtotal + shippingCents;
    updatedAtMs = cancelledAtMs;
  } else if (r < 0.037) {
    refundedCents =
      r < 0.022
        ? subtotal + shippingCents
        : (draft.lines[rng.int(draft.lines.length)]?.discountedTotalCents ?? 0);
    updatedAtMs = later(draft, rng, 3 * DAY_MS, 30 * DAY_MS);
  }
  return {
    id: LEGACY_ID_BASE.Order + draft.number,
    number: draft.number,
    createdAtMs: draft.createdAtMs,
    updatedAtMs,
    customerId: draft.customerId,
    checkoutToken: rng.hex(32),
    shippingCents,
    cancelledAtMs,
    refundedCents,
    lines: draft.lines,
  };
}
