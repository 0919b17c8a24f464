import { describe, expect, it } from '@jest/globals';
import { PROFILE_MAX_BYTES, readProfile, serializeProfile } from '@tandem/offer-core';
import { buildProfile, DEFAULT_PROFILE_SELECTION, type ProfilePurchase } from './build-profile.js';

const product = (n: number) => `gid://shopify/Product/${n}`;
const variant = (n: number) => `gid://shopify/ProductVariant/${n}`;
const purchase = (order: string, n: number, day: number): ProfilePurchase => ({
  orderId: order,
  productId: product(n),
  variantId: variant(n * 10),
  day,
});
const SHOP = 'shop.myshopify.com';

describe('buildProfile', () => {
  it('keeps product and variant ids, days and counts, most bought first', () => {
    // Given three orders: coffee (1) twice, a grinder (2) once, and a history merge that likes filters (3)
    const profile = buildProfile({
      shop: SHOP,
      today: 100,
      purchases: [purchase('a', 1, 60), purchase('a', 2, 60), purchase('b', 1, 90)],
      intervals: new Map([
        [product(1), 28],
        [product(3), 14],
      ]),
      historyMerge: (ids) => (ids.includes(product(2)) ? [{ productId: product(3), score: 0.4 }] : []),
    });
    // Then coffee leads with its last day, variant and the buyer's own 30-day rhythm (not the shop's 28); the
    // grinder, bought once and no repeat purchase in the shop, has no interval
    expect(profile).toEqual({
      ver: 1,
      shop: SHOP,
      at: 100,
      n: 2,
      i: [
        [1, 10, 10, 2, 30],
        [2, 20, 40, 1, 0],
      ],
      h: [[3, 1]],
    });
  });

  it('keeps what the buyer bought often and lately: frequency with recency decides who fits', () => {
    // Given product 1 in three orders a year ago, product 2 in two orders last week, product 3 once yesterday
    const purchases = [
      purchase('a', 1, 0),
      purchase('b', 1, 5),
      purchase('c', 1, 10),
      purchase('d', 2, 360),
      purchase('e', 2, 364),
      purchase('f', 3, 369),
    ];
    const build = (rankHalfLifeDays: number, maxItems: number) =>
      buildProfile({
        shop: SHOP,
        today: 370,
        purchases,
        intervals: new Map(),
        historyMerge: () => [],
        selection: { rankHalfLifeDays, maxItems, maxVotes: 0 },
      })?.i.map(([id]) => id);
    // Then with a half-life the recent regular leads and the old one drops out of a two-item profile
    expect(build(180, 2)).toEqual([2, 3]);
    // And by order count alone (half-life 0) the old regular leads
    expect(build(0, 2)).toEqual([1, 2]);
  });

  it('is undefined for a customer without purchases', () => {
    expect(
      buildProfile({ shop: SHOP, today: 1, purchases: [], intervals: new Map(), historyMerge: () => [] }),
    ).toBeUndefined();
  });

  it(`stays within ${PROFILE_MAX_BYTES} bytes for a wholesaler with long ids, and reads back`, () => {
    // Given 500 products with 13-digit ids (Shopify's current id length) and a merge voting for 500 more
    const big = (n: number) => 7_000_000_000_000 + n;
    const purchases = Array.from({ length: 500 }, (_, n) => ({
      ...purchase(`o${n % 50}`, big(n), n % 60),
      variantId: variant(big(n) + 1),
    }));
    const profile = buildProfile({
      shop: SHOP,
      today: 100,
      purchases,
      intervals: new Map(purchases.map((line) => [line.productId, 30])),
      historyMerge: () =>
        Array.from({ length: 500 }, (_, n) => ({ productId: product(big(1000 + n)), score: 1 / (n + 1) })),
    });
    if (!profile) throw new Error('no profile');
    const encoded = serializeProfile(profile);
    expect(new TextEncoder().encode(encoded).length).toBeLessThanOrEqual(PROFILE_MAX_BYTES);
    // And the chosen selection fits whole: every item and vote it asks for
    expect(profile.i.length).toBe(DEFAULT_PROFILE_SELECTION.maxItems);
    expect(profile.h.length).toBe(DEFAULT_PROFILE_SELECTION.maxVotes);
    expect(readProfile(encoded, { shop: SHOP, today: 100 }).kind).toBe('ok');
  });
});
