import { describe, expect, it } from '@jest/globals';
import {
  decideOffers,
  DEFAULT_SHOP_CONFIG,
  parseTandemAttribute,
  planOffers,
  REASON_CODES,
  resolveSettings,
  type CartLineInput,
  type OfferVariant,
  type PublishedOfferList,
} from '@tandem/offer-core';
import fc from 'fast-check';
import { gid } from '../harness/fixtures.js';

const productN = fc.integer({ min: 1, max: 12 });
const variantOf = (product: number, k: number): number => product * 10 + k;

const cartArb = fc.uniqueArray(
  fc.record({
    product: productN,
    k: fc.integer({ min: 0, max: 2 }),
    quantity: fc.integer({ min: 1, max: 4 }),
    unit: fc.integer({ min: 1, max: 200 }),
  }),
  {
    selector: (line) => line.product,
    minLength: 1,
    maxLength: 4,
  },
);

const listArb = fc.array(
  fc.record({
    product: productN,
    k: fc.integer({ min: 0, max: 2 }),
    s: fc.double({ min: 0, max: 1, noNaN: true }),
    r: fc.constantFrom(...REASON_CODES),
    d: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
  }),
  { maxLength: 12 },
);

const storefrontArb = fc.record({
  available: fc.boolean(),
  price: fc.integer({ min: 0, max: 40_000 }).map((cents) => cents / 100),
});

const scenarioArb = fc.record({
  cart: cartArb,
  lists: fc.array(listArb, { minLength: 4, maxLength: 4 }),
  storefront: fc.array(storefrontArb, { minLength: 130, maxLength: 130 }),
  maxOffers: fc.integer({ min: 0, max: 5 }),
  priceCapPct: fc.integer({ min: 1, max: 300 }),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function run(scenario: Scenario) {
  const lines: CartLineInput[] = scenario.cart.map((entry, index) => ({
    id: `gid://shopify/CartLine/${index}`,
    merchandiseId: gid.variant(variantOf(entry.product, entry.k)),
    productId: gid.product(entry.product),
    title: `P${entry.product}`,
    quantity: entry.quantity,
    totalAmount: entry.unit * entry.quantity,
    attributes: [],
  }));
  const offersByProduct = new Map<string, PublishedOfferList>(
    scenario.cart.map((entry, index) => [
      gid.product(entry.product),
      {
        offers: (scenario.lists[index] ?? []).map((o) => ({
          variantId: gid.variant(variantOf(o.product, o.k)),
          productId: gid.product(o.product),
          score: o.s,
          reason: o.r,
          kind: 'xsell' as const,
          ...(o.d === undefined ? {} : { discountPct: o.d }),
        })),
      },
    ]),
  );
  const settings = resolveSettings(
    { max_offers: scenario.maxOffers, price_cap_pct: scenario.priceCapPct },
    DEFAULT_SHOP_CONFIG,
  );
  const plan = planOffers({ target: 'block', lines, offersByProduct, settings });
  const variants = new Map<string, OfferVariant>(
    plan.variantIds.map((id) => {
      const n = Number(id.replace(/\D+/g, ''));
      const sf = scenario.storefront[n] ?? { available: true, price: 1 };
      const price = { amount: sf.price, currencyCode: 'EUR' };
      return [
        id,
        {
          id,
          productId: gid.product(Math.floor(n / 10)),
          productTitle: `P${Math.floor(n / 10)}`,
          handle: 'h',
          title: '',
          availableForSale: sf.available,
          price,
          compareAtPrice: undefined,
          image: undefined,
        },
      ];
    }),
  );
  return {
    lines,
    settings,
    variants,
    offers: decideOffers({ plan, variants, lines, settings, arm: 'treatment', language: 'en' }),
    plan,
  };
}

describe('cross-sell decision properties', () => {
  it('never offers a cart product, an unavailable variant, a price above the cap or more than the maximum', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { lines, settings, variants, offers } = run(scenario);
        const subtotal = lines.reduce((sum, line) => sum + line.totalAmount, 0);
        expect(offers.length).toBeLessThanOrEqual(Math.min(3, scenario.maxOffers));
        expect(new Set(offers.map((offer) => offer.variant.productId)).size).toBe(offers.length);
        for (const offer of offers) {
          expect(lines.some((line) => line.productId === offer.variant.productId)).toBe(false);
          expect(variants.get(offer.variant.id)?.availableForSale).toBe(true);
          expect(offer.price.amount).toBeLessThanOrEqual((subtotal * settings.priceCapPct) / 100 + 1e-9);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('makes every button add exactly one unit tagged with its offer', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        for (const offer of run(scenario).offers) {
          expect(offer.change).toMatchObject({
            type: 'addCartLine',
            merchandiseId: offer.variant.id,
            quantity: 1,
          });
          expect(parseTandemAttribute(offer.change.attributes[0]?.value)).toEqual({
            kind: 'offer',
            offerId: offer.offerId,
            arm: 'treatment',
            offerKind: 'xsell',
          });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and queries only what it may offer', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const first = run(scenario);
        expect(run(scenario).offers).toEqual(first.offers);
        const cartProducts = new Set(first.lines.map((line) => line.productId));
        expect(first.plan.crossSells.every(({ offer }) => !cartProducts.has(offer.productId))).toBe(true);
        expect(new Set(first.plan.variantIds).size).toBe(first.plan.variantIds.length);
      }),
      { numRuns: 200 },
    );
  });
});
