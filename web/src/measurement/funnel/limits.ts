/**
 * Bounds on what shoppers' browsers can put in the funnel. The pixel posts without credentials, so a checkout's
 * events count only once Shopify has reported the checkout (a signed checkouts/create, checkouts/update or
 * orders/create with its token) and only while they fall near its creation; and however many arrive, one checkout
 * adds at most `eventsPerType` distinct (offer, placement) events of each type. The cap is per type so that a flood
 * of one (impressions) cannot push a real checkout's adds or upgrades out of the count, and a forged flood on a
 * leaked token moves each funnel figure of that checkout by at most the cap. An honest checkout stays below it: a
 * block shows ≤ 3 cross-sells and each cart line ≤ 1 upgrade prompt, so only a cart of more than 17 lines, each
 * shown an upgrade, could reach 20 distinct impressions.
 */
export const FUNNEL_LIMITS = {
  eventsPerType: 20,
  /** Events up to this long before the checkout was created (browser clocks run early) … */
  earlyMs: 10 * 60_000,
  /** … and this long after it count; older ones can only be replays. */
  windowMs: 24 * 3_600_000,
} as const;
