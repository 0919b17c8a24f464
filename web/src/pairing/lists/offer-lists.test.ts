import { describe, expect, it } from '@jest/globals';
import { parseOfferList, serializeOfferList, type PublishedOffer } from '@tandem/offer-core';
import fc from 'fast-check';
import { IdInterner } from '../interner.js';
import { CooccurrenceMiner } from '../mining/cooccurrence-miner.js';
import { PartnerScorer } from '../scoring/partner-scorer.js';
import { DEFAULT_SCORING } from '../scoring/types.js';
import { buildProduct, buildTieredProduct, buildVariant } from '../testing/builders.js';
import type { CatalogProduct, MerchantRules, PairingSettings } from '../types.js';
import { buildOfferLists } from './offer-lists.js';

const gid = (id: string) => `gid://shopify/Product/${id}`;

/** Mines baskets of product ids and builds the published lists for a catalog. */
function lists(
  baskets: readonly (readonly string[])[],
  catalog: readonly CatalogProduct[],
  rules: MerchantRules = {},
  settings: Partial<PairingSettings> = {},
) {
  const products = new IdInterner();
  const miner = new CooccurrenceMiner({ minPairCount: settings.minPairCount ?? 2 });
  for (const basket of baskets) miner.addBasket(basket.map((id) => products.intern(id)));
  for (const product of catalog) products.intern(product.id);
  const counts = miner.finish(products.size);
  const built = buildOfferLists({ counts, products, catalog, rules, settings });
  return new Map(built.map((list) => [list.productId, list]));
}

const xsells = (offers: readonly PublishedOffer[] | undefined) =>
  (offers ?? []).filter((offer) => offer.kind === 'xsell').map((offer) => offer.productId);
const repeat = <T>(times: number, value: T): T[] => Array.from({ length: times }, () => value);
const shop = ['1', '2', '3', '4', '5', '6'].map((id) => buildProduct({ id }));
// 1 goes with 2 (often) and 3 (less); 4, 5 are best-sellers; 6 never sold.
const history = [
  ...repeat(12, ['1', '2']),
  ...repeat(5, ['1', '3']),
  ...repeat(20, ['4', '5']),
  ...repeat(10, ['4']),
  ...repeat(8, ['5', '2']),
];

describe('buildOfferLists', () => {
  it('ranks bought-together partners by shrunk, popularity-discounted score, with the count as evidence', () => {
    const result = lists(history, shop);
    const offers = result.get('1')?.offers ?? [];
    expect(xsells(offers).slice(0, 2)).toEqual([gid('2'), gid('3')]);
    expect(offers[0]).toMatchObject({
      reason: 'bought_together',
      support: 12,
      variantId: 'gid://shopify/ProductVariant/201',
    });
    for (const offer of offers) expect(offer.score).toBeGreaterThanOrEqual(0);
    expect(parseOfferList(serializeOfferList(offers)).kind).toBe('ok');
  });

  it('does not over-rank rare products the way lift and confidence do', () => {
    // Given 7 and 8, each bought twice and always together, and 1 bought with 2 in 40 of 100 orders
    const baskets = [
      ...repeat(40, ['1', '2']),
      ...repeat(60, ['1', '3']),
      ...repeat(2, ['7', '8']),
      ...repeat(30, ['2', '4']),
    ];
    const result = lists(baskets, [...shop, buildProduct({ id: '7' }), buildProduct({ id: '8' })]);
    const score = (anchor: string, partner: string) =>
      result.get(anchor)?.offers.find((offer) => offer.productId === gid(partner))?.score ?? 0;
    // Then the rare pair's edge over the steady one stays below confidence's (1.0 / 0.4) and far below lift's (~90×)
    const orders = baskets.length;
    const liftRatio = (orders * 2) / (2 * 2) / ((orders * 40) / (100 * 72));
    const ratio = score('7', '8') / score('1', '2');
    expect(ratio).toBeLessThan(1 / 0.4);
    expect(ratio).toBeLessThan(liftRatio / 20);
  });

  it('fills with labelled cold-start offers: a product without history gets its type’s partners, else best-sellers', () => {
    // Given 6 (a mug nobody bought yet), 1 (a mug bought with 2 and 3) and 9 (another unsold mug)
    const catalog = [
      buildProduct({ id: '1', productType: 'Mug' }),
      ...shop.slice(1, 5),
      buildProduct({ id: '6', productType: 'Mug' }),
      buildProduct({ id: '9', productType: 'Mug' }),
    ];
    const result = lists(history, catalog);
    const cold = result.get('6');
    expect(cold?.coldStart).toBe(true);
    expect(cold?.offers.every((offer) => offer.reason === 'similar' || offer.reason === 'popular')).toBe(
      true,
    );
    expect(cold?.offers[0]?.reason).toBe('similar');
    // Same-type products without evidence are substitutes, not cross-sells
    expect(xsells(cold?.offers)).not.toContain(gid('9'));
    expect(result.get('1')?.coldStart).toBe(false);
  });

  it('shrinks a product with some history toward its type’s partners more than toward the shop’s', () => {
    // Given tea 1 bought six times with 2, and teas 7 and 8 bought 50 times each with 3
    const teas = ['1', '7', '8'].map((id) => buildProduct({ id, productType: 'Tea' }));
    const catalog = [...teas, buildProduct({ id: '2' }), buildProduct({ id: '3' })];
    const baskets = [...repeat(6, ['1', '2']), ...repeat(50, ['7', '3']), ...repeat(50, ['8', '3'])];
    // Then with the default group prior weight, what teas go with leads 1's list ahead of its six baskets (the
    // co-occurrence scorer alone: the learned model has no group prior)
    const scorer = { learnedWeight: 0 };
    expect(xsells(lists(baskets, catalog, {}, scorer).get('1')?.offers).slice(0, 2)).toEqual([
      gid('3'),
      gid('2'),
    ]);
    // And weighed like the shop's prior, six baskets of its own would still win
    const weak = lists(baskets, catalog, {}, { ...scorer, groupPriorWeight: 5 });
    expect(xsells(weak.get('1')?.offers).slice(0, 2)).toEqual([gid('2'), gid('3')]);
    // And without a catalog group the shop's prior keeps its own weight
    const untyped = lists(baskets, [...catalog.slice(1), buildProduct({ id: '1' })], {}, scorer);
    expect(xsells(untyped.get('1')?.offers)[0]).toBe(gid('2'));
  });

  it('follows demand that moved lately (the trend), and leaves thin recent evidence alone', () => {
    // Given 1 bought as often with 2 as with 3, and 2 and 3 as popular as each other over the long run —
    // but 2 sold months ago and 3 sells now (the recent mass is a faster-decayed count: old orders weigh 0.01 there)
    const old = { weight: 0.5, recent: 0.01 };
    const now = { weight: 1, recent: 1 };
    const baskets = [
      ...repeat(10, { items: ['1', '2'], ...old }),
      ...repeat(10, { items: ['1', '3'], ...old }),
      ...repeat(20, { items: ['2'], ...old }),
      ...repeat(10, { items: ['3'], ...now }),
    ];
    const weighted = (recent: (basket: (typeof baskets)[number]) => number) => {
      const products = new IdInterner();
      const miner = new CooccurrenceMiner();
      for (const basket of baskets)
        miner.addBasket(
          basket.items.map((id) => products.intern(id)),
          basket.weight,
          recent(basket),
        );
      // The co-occurrence scorer alone: the trend is its factor (the learned model counts baskets, undecayed).
      const built = buildOfferLists({
        counts: miner.finish(products.size),
        products,
        catalog: shop,
        settings: { learnedWeight: 0 },
      });
      return xsells(built.find((list) => list.productId === '1')?.offers);
    };
    // Then 3, selling now, leads 1's list
    expect(weighted((basket) => basket.recent).slice(0, 2)).toEqual([gid('3'), gid('2')]);
    // And without a trend (recent masses decayed like the rest) the tie goes to the first-interned, 2
    expect(weighted((basket) => basket.weight).slice(0, 2)).toEqual([gid('2'), gid('3')]);
    // And when the recent baskets are few against the trend's pseudo-baskets, they barely move the ratio
    const scorer = (trendPriorWeight: number) => {
      const miner = new CooccurrenceMiner();
      for (const basket of baskets) miner.addBasket(basket.items.map(Number), basket.weight, basket.recent);
      return new PartnerScorer(miner.finish(), { ...DEFAULT_SCORING, trendPriorWeight }, new Uint32Array(4));
    };
    const [unshrunk, usual, overwhelmed] = [0, 20, 1e6].map((weight) => scorer(weight).trend);
    expect(unshrunk?.[3]).toBeGreaterThan(usual?.[3] ?? Infinity);
    expect(usual?.[3]).toBeGreaterThan(1);
    expect(usual?.[2]).toBeLessThan(1);
    expect(overwhelmed?.[3]).toBeCloseTo(1, 3);
  });

  it('offers catalog neighbours, clearly cold start, when there is no history at all', () => {
    const catalog = [
      buildProduct({ id: '1', productType: 'Tea', collections: ['Morning'] }),
      buildProduct({ id: '2', productType: 'Mug', collections: ['Morning'] }),
      buildProduct({ id: '3', productType: 'Tent' }),
    ];
    const result = lists([], catalog);
    expect(result.get('1')).toMatchObject({
      coldStart: true,
      offers: [{ productId: gid('2'), reason: 'similar' }],
    });
    expect(result.get('3')?.offers).toEqual([]);
  });

  it('applies the merchant rules: pins first, manual next, excludes, never-together, per-product max', () => {
    const rules: MerchantRules = {
      pins: [{ productId: '1', offerProductIds: ['6', '5'] }],
      manual: [{ productId: '1', offerProductId: '4' }],
      excludes: ['3'],
      neverTogether: [['2', '1']],
      maxOffers: [{ productId: '1', max: 3 }],
    };
    const offers = lists(history, shop, rules).get('1')?.offers ?? [];
    expect(xsells(offers)).toEqual([gid('6'), gid('5'), gid('4')]);
    expect(offers.map((offer) => offer.reason)).toEqual(['merchant', 'merchant', 'merchant']);
    expect(offers[0]?.score).toBeGreaterThan(offers[1]?.score ?? 1);
  });

  it('offers the variant the merchant pinned while it is available, else the usual one', () => {
    const five = buildProduct({
      id: '5',
      variants: [
        buildVariant({ id: '501' }),
        buildVariant({ id: '502' }),
        buildVariant({ id: '503', available: false }),
      ],
    });
    const catalog = [...shop.filter((product) => product.id !== '5'), five];
    const pinned = (variant: string) =>
      lists(history, catalog, {
        pins: [{ productId: '1', offerProductIds: ['5'], variants: { '5': variant } }],
      })
        .get('1')
        ?.offers.at(0);
    expect(pinned('gid://shopify/ProductVariant/502')).toMatchObject({
      productId: gid('5'),
      variantId: 'gid://shopify/ProductVariant/502',
    });
    expect(pinned('503')).toMatchObject({
      productId: gid('5'),
      variantId: 'gid://shopify/ProductVariant/501',
    });
    // Only the pin is affected: 5 offered by another product's list is its usual variant
    expect(
      lists(history, catalog, {
        pins: [{ productId: '4', offerProductIds: ['5'], variants: { '5': '502' } }],
      })
        .get('2')
        ?.offers.find((offer) => offer.productId === gid('5')),
    ).toMatchObject({ variantId: 'gid://shopify/ProductVariant/501' });
  });

  it('offers only active, published, in-stock products', () => {
    const catalog = [
      ...shop.filter((product) => !['2', '3', '4'].includes(product.id)),
      buildProduct({ id: '2', status: 'draft' }),
      buildProduct({ id: '3', published: false }),
      buildProduct({ id: '4', variants: [buildVariant({ id: '401', available: false })] }),
    ];
    // (1 is bought with 5 now and then: never-together best-sellers are what the learned model votes against)
    const offered = xsells(lists([...history, ...repeat(3, ['1', '5'])], catalog).get('1')?.offers);
    expect(offered).not.toContain(gid('2'));
    expect(offered).not.toContain(gid('3'));
    expect(offered).not.toContain(gid('4'));
    expect(offered).toContain(gid('5'));
  });

  it('never offers an excluded variant: a cross-sell takes the next available one, an upgrade skips it', () => {
    // Given 2 with two variants, the first excluded, and a coffee whose 500 g (702) is excluded, by GID or plain id
    const two = buildProduct({
      id: '2',
      variants: [buildVariant({ id: '201' }), buildVariant({ id: '202' })],
    });
    const coffee = buildTieredProduct('7', 'Size', [
      ['250 g', 420],
      ['500 g', 520],
      ['1 kg', 540],
    ]);
    const catalog = [...shop.filter((product) => product.id !== '2'), two, coffee];
    const rules = { excludedVariants: ['gid://shopify/ProductVariant/201', '702'] };
    const result = lists(history, catalog, rules);
    // Then 1 still offers 2, as its variant 202
    expect(result.get('1')?.offers[0]).toMatchObject({
      productId: gid('2'),
      variantId: 'gid://shopify/ProductVariant/202',
    });
    // And no offer puts an excluded variant in the cart: the 250 g upgrades straight to 1 kg (a shopper who picked
    // the 500 g themselves may still move up from it)
    const everything = [...result.values()].flatMap((list) => list.offers);
    expect(everything.map((offer) => offer.variantId)).not.toContain('gid://shopify/ProductVariant/201');
    expect(everything.map((offer) => offer.variantId)).not.toContain('gid://shopify/ProductVariant/702');
    expect(
      (result.get('7')?.offers ?? [])
        .filter((offer) => offer.kind === 'upgrade')
        .map((o) => [o.fromVariantId, o.variantId]),
    ).toEqual([
      ['gid://shopify/ProductVariant/701', 'gid://shopify/ProductVariant/703'],
      ['gid://shopify/ProductVariant/702', 'gid://shopify/ProductVariant/703'],
    ]);
  });

  it('publishes upgrades keyed by the variant they upgrade from, with measured quantities', () => {
    const coffee = buildTieredProduct('7', 'Weight', [
      ['250 g', 420],
      ['500 g', 560],
      ['1 kg', 1650],
    ]);
    const offers = lists(history, [...shop, coffee]).get('7')?.offers ?? [];
    const upgrades = offers.filter((offer) => offer.kind === 'upgrade');
    expect(upgrades).toEqual([
      {
        variantId: 'gid://shopify/ProductVariant/702',
        productId: gid('7'),
        score: expect.any(Number),
        reason: 'next_tier',
        kind: 'upgrade',
        fromVariantId: 'gid://shopify/ProductVariant/701',
        sizes: [250, 500, 'g'],
      },
    ]);
  });

  it('drops upgrades the merchant excluded or disabled (a never-together step), keeping the rest', () => {
    const coffee = buildTieredProduct('7', 'Size', [
      ['250 g', 420],
      ['500 g', 560],
    ]);
    // A declared cross-product family 8 → 9, then disabled the way the admin does: the step never together
    const small = buildTieredProduct('8', 'Size', [['S', 1000]]);
    const large = buildTieredProduct('9', 'Size', [['L', 1200]]);
    const catalog = [...shop, coffee, small, large];
    const upgradesOf = (id: string, rules: MerchantRules) =>
      (lists(history, catalog, rules).get(id)?.offers ?? []).filter((offer) => offer.kind === 'upgrade');
    const family = { families: [{ productIds: ['8', '9'] }] };
    expect(upgradesOf('8', family).map((offer) => offer.productId)).toEqual([gid('9')]);
    expect(upgradesOf('8', { ...family, neverTogether: [['8', '9']] })).toEqual([]);
    // Excluding the product everywhere drops its own tier steps too; other products' upgrades stay
    expect(upgradesOf('7', { excludes: ['7'] })).toEqual([]);
    expect(upgradesOf('7', { ...family, neverTogether: [['8', '9']] })).toHaveLength(1);
  });

  it('never offers the product itself, stays within the cap, scores in [0, 1], and is deterministic', () => {
    const basketArb = fc.array(
      fc.array(fc.integer({ min: 1, max: 9 }).map(String), { minLength: 1, maxLength: 5 }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(basketArb, fc.integer({ min: 0, max: 5 }), (baskets, maxOffers) => {
        const catalog = Array.from({ length: 9 }, (_, i) =>
          buildProduct({ id: String(i + 1), productType: i % 3 === 0 ? 'A' : '' }),
        );
        const first = lists(baskets, catalog, {}, { maxOffers, minPairCount: 1 });
        const again = lists([...baskets], catalog, {}, { maxOffers, minPairCount: 1 });
        for (const [id, list] of first) {
          const offered = xsells(list.offers);
          expect(offered).not.toContain(gid(id));
          expect(offered.length).toBeLessThanOrEqual(maxOffers);
          expect(new Set(offered).size).toBe(offered.length);
          for (const offer of list.offers) expect(offer.score >= 0 && offer.score <= 1).toBe(true);
          expect(serializeOfferList(again.get(id)?.offers ?? [])).toBe(serializeOfferList(list.offers));
        }
      }),
    );
  });
});
