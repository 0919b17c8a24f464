/**
 * Bounds on what shoppers' browsers can put in the funnel. The pixel posts without credentials, so a checkout's
 * events count only once Shopify has reported the checkout (a signed checkouts/create, checkouts/update or
 * orders/create with its token) and only while they fall near its creation; and however many arrive, one checkout
 * adds at most `eventsPerCheckout` distinct (type, offer, placement) events. A block shows ≤ 3 cross-sells and a
 * line ≤ 1 upgrade: an honest checkout stays far below the cap, a forged flood on a leaked token is held to it.
 */
export const FUNNEL_LIMITS = {
  eventsPerCheckout: 40,
  /** Events up to this long before the checkout was created (browser clocks run early) … */
  earlyMs: 10 * 60_000,
  /** … and this long after it count; older ones can only be replays. */
  windowMs: 24 * 3_600_000,
} as const;
