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
  v: `gid://shopify/ProductVariant/${n}00`,
  p: product(n),
  s,
  r,
  k: 'xsell',
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
    expect(merged.map((entry) => entry.offer.p)).toEqual([product(3), product(4)]);
    expect(merged[0]?.score).toBeCloseTo(0.6);
  });

  it('keeps merchant picks ahead of mined offers and shows the strongest reason', () => {
    const lists: CartProductOffers[] = [
      { productId: product(1), offers: [offer(5, 0.9), offer(6, 0.1, 'merchant')] },
      { productId: product(2), offers: [offer(5, 0.2, 'merchant')] },
    ];
    const merged = mergeOffers(lists, { max: 5 });
    // Then both merchant-backed products lead; 5 is shown as the merchant's pick even though a mined entry scored higher
    expect(merged.map((entry) => entry.offer.p)).toEqual([product(5), product(6)]);
    expect(merged[0]?.offer.r).toBe('merchant');
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
          offer(5, 0.6, 'next_tier', { k: 'upgrade', f: 'gid://shopify/ProductVariant/100' }),
        ],
      },
      { productId: product(2), offers: [offer(1, 0.9), offer(6, 0.1)] },
    ];
    const merged = mergeOffers(lists, { max: 2, excludeProductIds: new Set([product(3)]) });
    expect(merged.map((entry) => entry.offer.p)).toEqual([product(4), product(6)]);
    expect(mergeOffers(lists, { max: 0 })).toEqual([]);
  });

  it('lets a list vote once per product even when it names two variants of it', () => {
    const lists: CartProductOffers[] = [
      {
        productId: product(1),
        offers: [offer(7, 0.4), { ...offer(7, 0.4), v: 'gid://shopify/ProductVariant/701' }],
      },
    ];
    expect(mergeOffers(lists, { max: 3 })[0]?.score).toBeCloseTo(0.4);
  });

  it('is deterministic whatever the order of the lists, never offers the cart, never exceeds max', () => {
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
          }));
        // When merged in both orders
        const forward = mergeOffers(lists, { max });
        const backward = mergeOffers([...lists].reverse(), { max });
        // Then the same ranking, at most max, nothing from the cart, merchant picks first
        expect(backward.map((entry) => [entry.offer.p, entry.offer.v, entry.becauseOf])).toEqual(
          forward.map((entry) => [entry.offer.p, entry.offer.v, entry.becauseOf]),
        );
        expect(forward.length).toBeLessThanOrEqual(max);
        for (const entry of forward) expect(seen.has(Number(entry.offer.p.split('/').pop()))).toBe(false);
        const firstMined = forward.findIndex((entry) => entry.offer.r !== 'merchant');
        if (firstMined >= 0)
          expect(forward.slice(firstMined).every((entry) => entry.offer.r !== 'merchant')).toBe(true);
      }),
    );
  });
});
