import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mergeOffers } from './merge.js';
import type { CartProductOffers, PublishedOffer, ReasonCode } from './types.js';

const product = (n: number) => `gid://shopify/Product/${n}`;
const offer = (
  n: number,
  s: number,
  r: ReasonCode = 'bought_together',
  extra: Partial<PublishedOffer> = {},
): PublishedOffer => ({
  variantId: `gid://shopify/ProductVariant/${n}00`,
  productId: product(n),
  score: s,
  reason: r,
  kind: 'xsell',
  ...extra,
});

describe('mergeOffers', () => {
  it('sums a candidate’s scores across the cart’s lists', () => {
    // Given two cart products that both like 3, and one that likes 4 a bit more than either likes 3
    const lists: CartProductOffers[] = [
      { productId: product(1), offers: [offer(4, 0.5), offer(3, 0.3)] },
      { productId: product(2), offers: [offer(3, 0.3)] },
    ];
    // When merged
    const merged = mergeOffers(lists, { max: 3 });
    // Then 3 wins on combined evidence (0.6 > 0.5)
    expect(merged.map((entry) => entry.offer.productId)).toEqual([product(3), product(4)]);
    expect(merged[0]?.score).toBeCloseTo(0.6);
  });

  it('keeps merchant picks ahead of mined offers and shows the strongest reason', () => {
    const lists: CartProductOffers[] = [
      { productId: product(1), offers: [offer(5, 0.9), offer(6, 0.1, 'merchant')] },
      { productId: product(2), offers: [offer(5, 0.2, 'merchant')] },
    ];
    const merged = mergeOffers(lists, { max: 5 });
    // Then both merchant-backed products lead; 5 is shown as the merchant's pick even though a mined entry scored higher
    expect(merged.map((entry) => entry.offer.productId)).toEqual([product(5), product(6)]);
    expect(merged[0]?.offer.reason).toBe('merchant');
    expect(merged[0]?.becauseOf).toBe(product(2));
  });

  it('never offers a cart product, an excluded product or an upgrade, and respects max', () => {
    const lists: CartProductOffers[] = [
      {
        productId: product(1),
        offers: [
          offer(2, 0.9),
          offer(3, 0.8),
          offer(4, 0.7),
          offer(5, 0.6, 'next_tier', { kind: 'upgrade', fromVariantId: 'gid://shopify/ProductVariant/100' }),
        ],
      },
      { productId: product(2), offers: [offer(1, 0.9), offer(6, 0.1)] },
    ];
    const merged = mergeOffers(lists, { max: 2, excludeProductIds: new Set([product(3)]) });
    expect(merged.map((entry) => entry.offer.productId)).toEqual([product(4), product(6)]);
    expect(mergeOffers(lists, { max: 0 })).toEqual([]);
  });

  it('lets a list vote once per product even when it names two variants of it', () => {
    const lists: CartProductOffers[] = [
      {
        productId: product(1),
        offers: [offer(7, 0.4), { ...offer(7, 0.4), variantId: 'gid://shopify/ProductVariant/701' }],
      },
    ];
    expect(mergeOffers(lists, { max: 3 })[0]?.score).toBeCloseTo(0.4);
  });

  it('adds further votes and pair votes to offers some list shows, whatever the order of the lists', () => {
    // Given 1 offers 3 and 4; 2 offers nothing of its own but votes for 4 further down, and for 3 and 9 with 1
    const lists: CartProductOffers[] = [
      {
        productId: product(2),
        offers: [],
        partners: [[product(4), 0.05]],
        pairs: [
          [
            product(1),
            [
              [product(3), 0.2],
              [product(9), 1],
            ],
          ],
        ],
      },
      { productId: product(1), offers: [offer(4, 0.3), offer(3, 0.2)] },
    ];
    // When merged, in either order
    for (const ordered of [lists, [...lists].reverse()]) {
      const merged = mergeOffers(ordered, { max: 3 });
      // Then the pair lifts 3 past 4, 4 keeps its further vote, and 9 (offered by no list) never appears
      expect(merged.map((entry) => [entry.offer.productId, entry.score])).toEqual([
        [product(3), expect.closeTo(0.4)],
        [product(4), expect.closeTo(0.35)],
      ]);
    }
  });

  it('counts pair votes only while both products are in the cart, and a list’s vote for its own offer once', () => {
    const lists: CartProductOffers[] = [
      {
        productId: product(1),
        offers: [offer(3, 0.2), offer(4, 0.3)],
        partners: [[product(3), 0.5]],
        pairs: [[product(7), [[product(3), 0.5]]]],
      },
    ];
    expect(mergeOffers(lists, { max: 3 }).map((entry) => entry.offer.productId)).toEqual([
      product(4),
      product(3),
    ]);
  });

  it('lets votes against (m) lower an offer another list shows, never its own offers, never bring one in', () => {
    // Given a cart of 1 and 2: 1 offers 3 and 4, 2 offers 4; 2's list votes against 3, against 4 and against 9
    const lists: CartProductOffers[] = [
      { productId: product(1), offers: [offer(3, 0.5), offer(4, 0.3)] },
      {
        productId: product(2),
        offers: [offer(4, 0.1)],
        against: [
          [product(3), 0.4],
          [product(4), 0.9],
          [product(9), 0.5],
        ],
      },
    ];
    const merged = mergeOffers(lists, { max: 5 });
    // Then 3 drops below 4 (0.5 − 0.4 < 0.3 + 0.1), 2's vote against its own offer 4 is ignored, and 9 never appears
    expect(merged.map((entry) => [entry.offer.productId, Number(entry.score.toFixed(4))])).toEqual([
      [product(4), 0.4],
      [product(3), 0.1],
    ]);
  });

  it('is deterministic whatever the order of the lists, offers only what a list offers, never the cart, never exceeds max', () => {
    const listArb = fc.array(
      fc.record({
        cart: fc.integer({ min: 1, max: 8 }),
        offers: fc.array(
          fc.record({
            p: fc.integer({ min: 1, max: 15 }),
            s: fc.double({ min: 0, max: 1, noNaN: true }),
            merchant: fc.boolean(),
          }),
          { maxLength: 12 },
        ),
        votes: fc.array(
          fc.tuple(fc.integer({ min: 1, max: 15 }), fc.double({ min: 0, max: 1, noNaN: true })),
          {
            maxLength: 6,
          },
        ),
        partner: fc.integer({ min: 1, max: 8 }),
      }),
      { maxLength: 5 },
    );
    fc.assert(
      fc.property(listArb, fc.integer({ min: 0, max: 6 }), (raw, max) => {
        // Given random lists from distinct cart products
        const seen = new Set<number>();
        const lists = raw
          .filter((list) => !seen.has(list.cart) && seen.add(list.cart))
          .map((list) => ({
            productId: product(list.cart),
            offers: list.offers.map((o) => offer(o.p, o.s, o.merchant ? 'merchant' : 'bought_together')),
            partners: list.votes.map(([p, s]) => [product(p), s] as const),
            pairs: [[product(list.partner), list.votes.map(([p, s]) => [product(p), s] as const)] as const],
          }));
        // When merged in both orders
        const forward = mergeOffers(lists, { max });
        const backward = mergeOffers([...lists].reverse(), { max });
        // Then the same ranking, at most max, nothing from the cart, merchant picks first
        expect(
          backward.map((entry) => [entry.offer.productId, entry.offer.variantId, entry.becauseOf]),
        ).toEqual(forward.map((entry) => [entry.offer.productId, entry.offer.variantId, entry.becauseOf]));
        expect(forward.length).toBeLessThanOrEqual(max);
        for (const entry of forward)
          expect(seen.has(Number(entry.offer.productId.split('/').pop()))).toBe(false);
        const offered = new Set(lists.flatMap((list) => list.offers.map((o) => o.productId)));
        for (const entry of forward) expect(offered.has(entry.offer.productId)).toBe(true);
        const firstMined = forward.findIndex((entry) => entry.offer.reason !== 'merchant');
        if (firstMined >= 0)
          expect(forward.slice(firstMined).every((entry) => entry.offer.reason !== 'merchant')).toBe(true);
      }),
    );
  });
});
