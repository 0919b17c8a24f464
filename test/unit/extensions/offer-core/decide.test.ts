import { describe, expect, it } from '@jest/globals';
import {
  decideOffers,
  DEFAULT_SHOP_CONFIG,
  displayPrice,
  parseOfferVariants,
  planOffers,
  resolveSettings,
  type CartLineInput,
  type PublishedOffer,
} from '@tandem/offer-core';
import { beansOffers, buildCatalog, gid, storefrontNodes, xsell } from '../harness/fixtures.js';

const line = (
  id: number,
  variant: number,
  product: number,
  quantity: number,
  unit: number,
  attributes: CartLineInput['attributes'] = [],
): CartLineInput => ({
  id: `gid://shopify/CartLine/${id}`,
  merchandiseId: gid.variant(variant),
  productId: gid.product(product),
  title: 'Coffee beans',
  quantity,
  totalAmount: unit * quantity,
  attributes,
});

function decide(
  lines: CartLineInput[],
  target: 'block' | 'line',
  raw: Record<string, unknown> = {},
  offers: PublishedOffer[] = beansOffers(),
) {
  const settings = resolveSettings(raw, DEFAULT_SHOP_CONFIG);
  const plan = planOffers({
    target,
    lines,
    offersByProduct: new Map([[gid.product(101), { offers }]]),
    settings,
    lineId: lines[0]?.id ?? '',
  });
  const variants = parseOfferVariants(storefrontNodes(buildCatalog(), plan.variantIds, 'EUR'));
  return {
    plan,
    offers: decideOffers({ plan, variants, lines, settings, arm: 'treatment', language: 'en' }),
  };
}

describe('upgrade decision', () => {
  it('offers the next tier with the whole line difference and one atomic update', () => {
    const [upgrade] = decide([line(1, 1011, 101, 3, 12.5, [{ key: 'note', value: 'x' }])], 'line').offers;
    expect(upgrade).toMatchObject({
      kind: 'upgrade',
      offerId: '1011-1012',
      delta: { amount: 12.6, currencyCode: 'EUR' },
      copy: {
        key: 'reason.upgrade',
        params: { variant: '500 g' },
        money: { amount: { amount: 12.6, currencyCode: 'EUR' } },
      },
      change: {
        type: 'updateCartLine',
        id: 'gid://shopify/CartLine/1',
        merchandiseId: gid.variant(1012),
        quantity: 3,
        attributes: [
          { key: 'note', value: 'x' },
          { key: '_tandem', value: '1:upgrade:treatment:1011-1012' },
        ],
      },
    });
  });

  it('compares the unit prices of the sizes, only when the bigger one is cheaper per unit', () => {
    // Given the upgrade from 250 g (12.50) to 500 g (16.70) with its sizes published
    const withSizes = (to: number): PublishedOffer[] =>
      beansOffers().map((offer) => (offer.kind === 'upgrade' ? { ...offer, sizes: [250, to, 'g'] } : offer));
    // Then 500 g costs 33.40 per kg against 50.00
    expect(decide([line(1, 1011, 101, 1, 12.5)], 'line', {}, withSizes(500)).offers[0]?.copy).toEqual({
      key: 'reason.upgrade_unit',
      params: { variant: '500 g' },
      money: {
        amount: { amount: 4.2, currencyCode: 'EUR' },
        unit_price: { amount: 33.4, currencyCode: 'EUR' },
        from_unit_price: { amount: 50, currencyCode: 'EUR' },
      },
      labels: { unit: 'unit.kg' },
    });
    // And were it only 300 g, nothing is saved per unit, so the plain copy is shown
    expect(decide([line(1, 1011, 101, 1, 12.5)], 'line', {}, withSizes(300)).offers[0]?.copy.key).toBe(
      'reason.upgrade',
    );
  });

  it('never upgrades beyond the allowed delta of the line price', () => {
    // 500 g costs 33.6 % more than 250 g: allowed at 35 %, refused at 30 %.
    const offers = beansOffers();
    const settings = { ...DEFAULT_SHOP_CONFIG, maxUpgradeDeltaPct: 30 };
    const resolved = resolveSettings({}, settings);
    const lines = [line(1, 1011, 101, 1, 12.5)];
    const plan = planOffers({
      target: 'line',
      lines,
      offersByProduct: new Map([[gid.product(101), { offers }]]),
      settings: resolved,
      lineId: lines[0]?.id ?? '',
    });
    const variants = parseOfferVariants(storefrontNodes(buildCatalog(), plan.variantIds, 'EUR'));
    expect(
      decideOffers({ plan, variants, lines, settings: resolved, arm: 'treatment', language: 'en' }),
    ).toEqual([]);
  });

  it('does not nag a line an offer already touched', () => {
    expect(
      decide([line(1, 1011, 101, 1, 12.5, [{ key: '_tandem', value: '1:xsell:treatment:1-1011' }])], 'line')
        .plan.upgrades,
    ).toEqual([]);
  });

  it('offers no upgrade when upgrades are switched off', () => {
    expect(decide([line(1, 1011, 101, 1, 12.5)], 'line', { show_upgrades: false }).offers).toEqual([]);
  });
});

describe('cross-sell decision', () => {
  it('still shows a cheaper pairing under the price cap when every better-ranked one costs too much', () => {
    // Given beans (12.50) whose list ranks the kettle, grinder, dripper and mug above the filter papers (4.95)
    const offers = [
      xsell(105, 1051, 0.9, 'popular'),
      xsell(102, 1021, 0.85, 'merchant'),
      xsell(107, 1071, 0.8, 'bought_together', { support: 4 }),
      xsell(104, 1041, 0.75, 'similar'),
      xsell(103, 1031, 0.5, 'bought_together', { support: 2 }),
    ];
    // When one offer is shown and it may cost at most 40 % of the cart (5.00)
    const { offers: shown } = decide(
      [line(1, 1011, 101, 1, 12.5)],
      'block',
      { max_offers: 1, price_cap_pct: 40 },
      offers,
    );
    // Then the papers are offered: the cap filters from the whole list, not from its first few
    expect(shown.map((offer) => offer.variant.id)).toEqual([gid.variant(1031)]);
  });

  it('ranks merchant picks first, explains each offer and tags the add', () => {
    const { offers } = decide([line(1, 1011, 101, 10, 12.5)], 'block');
    expect(offers.map((offer) => [offer.offerId, offer.copy.key, offer.copy.params])).toEqual([
      ['101-1021', 'reason.merchant', { product: 'Coffee beans' }],
      ['101-1031', 'reason.bought_together', { count: 12, product: 'Coffee beans' }],
      ['101-1041', 'reason.similar', { product: 'Coffee beans' }],
    ]);
  });

  it('shows a merchant discount as the price, with the list price struck through', () => {
    const variant = parseOfferVariants(storefrontNodes(buildCatalog(), [gid.variant(1031)], 'EUR')).get(
      gid.variant(1031),
    );
    if (!variant) throw new Error('fixture missing');
    expect(displayPrice(variant, 20)).toEqual({
      price: { amount: 3.96, currencyCode: 'EUR' },
      compareAtPrice: { amount: 4.95, currencyCode: 'EUR' },
      discountPct: 20,
    });
    expect(displayPrice(variant, undefined)).toEqual({
      price: { amount: 4.95, currencyCode: 'EUR' },
      compareAtPrice: undefined,
      discountPct: undefined,
    });
  });

  it('uses "often bought with" when there is no count to cite', () => {
    const offers = [
      {
        variantId: gid.variant(1031),
        productId: gid.product(103),
        score: 1,
        reason: 'bought_together',
        kind: 'xsell',
      } as const,
    ];
    expect(decide([line(1, 1011, 101, 1, 12.5)], 'block', {}, offers).offers[0]?.copy).toEqual({
      key: 'reason.often_bought_with',
      params: { product: 'Coffee beans' },
      money: {},
    });
  });
});
