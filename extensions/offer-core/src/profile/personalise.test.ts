import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { personaliseOffers, type PersonalWeights } from './personalise.js';
import type { BoughtProduct, BuyerProfile } from './profile.js';

const product = (n: number) => `gid://shopify/Product/${n}`;
const variant = (n: number) => `gid://shopify/ProductVariant/${n}`;
const weights: PersonalWeights = {
  history: 0.5,
  again: 1,
  shareExponent: 1,
  againHalfLifeDays: 0,
  dueFraction: 0.5,
  recentDays: 90,
};
const bought = (n: number, daysSince: number, intervalDays: number, count = 1): BoughtProduct => ({
  productId: product(n),
  variantId: variant(n),
  daysSince,
  count,
  intervalDays,
});
const profile = (items: BoughtProduct[], votes: [number, number][] = []): BuyerProfile => ({
  orders: 4,
  bought: items,
  votes: new Map(votes.map(([n, score]) => [product(n), score])),
});
const run = (cart: [number, number][], buyer: BuyerProfile, exclude: number[] = []) =>
  personaliseOffers(
    cart.map(([n, score]) => ({ productId: product(n), score })),
    buyer,
    { max: 10, excludeProductIds: new Set(exclude.map(product)), weights },
  );

describe('personaliseOffers', () => {
  it('ranks as the cart merge does for a buyer with an empty profile', () => {
    const offers = run(
      [
        [1, 0.2],
        [2, 0.8],
        [3, 0.2],
      ],
      profile([]),
    );
    expect(offers.map((offer) => offer.productId)).toEqual([product(2), product(1), product(3)]);
    expect(offers.every((offer) => !offer.again)).toBe(true);
  });

  it('lets the history’s votes lift a cart candidate, never bring in one of its own', () => {
    // Given 2 ahead of 1 on the cart, and a history that likes 1 and 5 (5 is no cart candidate)
    const offers = run(
      [
        [1, 0.5],
        [2, 0.8],
      ],
      profile(
        [],
        [
          [1, 1],
          [5, 1],
        ],
      ),
    );
    // Then 1 overtakes 2 (0.625 + 0.5 > 1) and 5 stays out
    expect(offers.map((offer) => offer.productId)).toEqual([product(1), product(2)]);
  });

  it('drops what the buyer bought recently unless it is a repeat purchase that is due', () => {
    const buyer = profile([
      bought(1, 10, 0), // one-off bought 10 days ago: not again
      bought(2, 200, 0), // one-off bought long ago: offered as for anyone
      bought(3, 5, 30), // repeat, 5 of 30 days: not due
      bought(4, 20, 30, 3), // repeat, 20 of 30 days: due (≥ half), offered as Buy again
    ]);
    const offers = run(
      [
        [1, 1],
        [2, 0.5],
        [3, 0.9],
      ],
      buyer,
    );
    expect(offers).toEqual([
      { productId: product(4), score: 0.75, again: true, variantId: variant(4) },
      { productId: product(2), score: 0.5, again: false },
    ]);
  });

  it('weighs a due repeat purchase by the share of orders that held it, softened by shareExponent', () => {
    // Given a buyer of 4 orders: 5 in one of them, 6 in all four, both due; a cart candidate 7 at 0.5 of the best
    const buyer = profile([bought(5, 40, 30, 1), bought(6, 40, 30, 4)]);
    const scores = (shareExponent: number) =>
      personaliseOffers(
        [
          { productId: product(8), score: 1 },
          { productId: product(7), score: 0.5 },
        ],
        buyer,
        { max: 10, excludeProductIds: new Set(), weights: { ...weights, shareExponent } },
      ).map((offer) => [offer.productId, offer.score]);
    // Then in proportion (exponent 1) the occasional 5 adds a quarter of `again` and stays below 7
    expect(scores(1)).toEqual([
      [product(6), 1],
      [product(8), 1],
      [product(7), 0.5],
      [product(5), 0.25],
    ]);
    // And with exponent 0.5 it adds half and ties 7 (broken on product id)
    expect(scores(0.5)).toEqual([
      [product(6), 1],
      [product(8), 1],
      [product(5), 0.5],
      [product(7), 0.5],
    ]);
  });

  it('never offers what is in the cart, even when due', () => {
    expect(run([], profile([bought(4, 40, 30)]), [4])).toEqual([]);
  });

  it('does not depend on the order of its inputs', () => {
    const candidate = fc.tuple(fc.integer({ min: 1, max: 8 }), fc.constantFrom(0.1, 0.5, 1));
    const item = fc.tuple(
      fc.integer({ min: 1, max: 8 }),
      fc.integer({ min: 0, max: 60 }),
      fc.constantFrom(0, 10, 30),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(candidate, { selector: ([n]) => n }),
        fc.uniqueArray(item, { selector: ([n]) => n }),
        (cart, items) => {
          const buyer = profile(items.map(([n, days, interval]) => bought(n, days, interval)));
          expect(run([...cart].reverse(), { ...buyer, bought: [...buyer.bought].reverse() })).toEqual(
            run(cart, buyer),
          );
        },
      ),
    );
  });
});
