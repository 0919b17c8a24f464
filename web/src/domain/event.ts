import type { ShopDomain } from './shop.js';

export const ARMS = ['treatment', 'control'] as const;
export type Arm = (typeof ARMS)[number];

export const PIXEL_EVENT_TYPES = ['impression', 'add', 'upgrade', 'dismiss', 'error', 'eligible'] as const;
export type PixelEventType = (typeof PIXEL_EVENT_TYPES)[number];

/** One offer event from the web pixel. No buyer PII: the checkout token is the only link to an order. */
export interface PixelEvent {
  readonly id: string;
  readonly shop: ShopDomain;
  /** The checkout token, or its hash; must use the same representation as `Order.checkoutToken`. */
  readonly checkoutToken: string;
  /** Null for events not about one offer (e.g. `eligible` in the control arm). */
  readonly offerId: string | null;
  readonly arm: Arm;
  readonly type: PixelEventType;
  readonly occurredAt: string;
  /** The extension target it came from (`block`, `line`, `thank-you`); null for events stored without one. */
  readonly placement: string | null;
}

/** An event as ingested; the store assigns the id and the shop comes from the call. */
export type NewPixelEvent = Omit<PixelEvent, 'id' | 'shop' | 'placement'> & {
  readonly placement?: string | null;
};
