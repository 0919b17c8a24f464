import { ARMS, OFFER_TARGETS, type Arm, type OfferTarget } from '../checkout/types.js';

/** Offer events the views publish with `analytics.publish` and the web pixel forwards to `/api/events`. */
export const OFFER_EVENTS = ['eligible', 'impression', 'add', 'upgrade', 'dismiss', 'error'] as const;
export type OfferEvent = (typeof OFFER_EVENTS)[number];

const PREFIX = 'tandem:';

/** The custom event name for `analytics.publish` / `analytics.subscribe`, e.g. `tandem:impression`. */
export function offerEventName(event: OfferEvent): string {
  return `${PREFIX}${event}`;
}

/**
 * One event as published and as posted to the backend. No buyer data: the checkout token is an opaque id the
 * order also carries, which is what lets attribution and lift join events to orders.
 */
export interface OfferEventData {
  readonly v: 1;
  readonly event: OfferEvent;
  /** Null for checkout-level events (eligible, dismiss). */
  readonly offerId: string | null;
  readonly arm: Arm;
  readonly target: OfferTarget;
  readonly checkoutToken: string;
  /** Epoch milliseconds at the buyer's browser. */
  readonly ts: number;
}

/** Reads a custom event back (the pixel runs this on `customData`); anything else is undefined. */
export function parseOfferEvent(name: string, data: unknown): OfferEventData | undefined {
  if (!name.startsWith(PREFIX) || typeof data !== 'object' || data === null) return undefined;
  const raw = data as Record<string, unknown>;
  const event = name.slice(PREFIX.length);
  if (!(OFFER_EVENTS as readonly string[]).includes(event) || raw.event !== event || raw.v !== 1)
    return undefined;
  if (
    !(ARMS as readonly unknown[]).includes(raw.arm) ||
    !(OFFER_TARGETS as readonly unknown[]).includes(raw.target)
  )
    return undefined;
  if (raw.offerId !== null && typeof raw.offerId !== 'string') return undefined;
  if (typeof raw.checkoutToken !== 'string' || raw.checkoutToken === '' || typeof raw.ts !== 'number')
    return undefined;
  return {
    v: 1,
    event: event as OfferEvent,
    offerId: raw.offerId,
    arm: raw.arm as Arm,
    target: raw.target as OfferTarget,
    checkoutToken: raw.checkoutToken,
    ts: raw.ts,
  };
}
