import { describe, expect, it } from '@jest/globals';
import { CatalogIndex } from '../lists/catalog-index.js';
import { buildProduct, buildTieredProduct, buildVariant } from '../testing/builders.js';
import type { CatalogProduct } from '../types.js';
import { tierFamilies } from './families.js';
import { parseQuantity } from './quantity.js';
import { detectTierAxis } from './tier-axis.js';
import { decideUpgrade, type UpgradeDecision } from './upgrade.js';

function decide(
  products: readonly CatalogProduct[],
  productId: string,
  variantId: string,
  maxUpgradeDelta = 0.35,
  declared: string[][] = [],
): UpgradeDecision {
  const catalog = new CatalogIndex(products);
  const families = tierFamilies(products, declared);
  const familyOf = new Map(
    families.flatMap((family) => family.productIds.map((id) => [id, family] as const)),
  );
  const product = catalog.get(productId);
  if (!product) throw new Error(`no product ${productId} in the test catalog`);
  return decideUpgrade(product, variantId, { catalog, familyOf, maxUpgradeDelta });
}

describe('parseQuantity', () => {
  it.each([
    ['250 g', 250, 'g'],
    ['1 kg', 1000, 'g'],
    ['1,5 l', 1500, 'ml'],
    ['500ml', 500, 'ml'],
    ['2 x 500 ml', 1000, 'ml'],
    ['6-pack', 6, 'pc'],
    ['Pack of 12', 12, 'pc'],
    ['6er-Pack', 6, 'pc'],
    ['3 Stück', 3, 'pc'],
    ['128 GB', 128, 'gb'],
    ['Espresso beans 1kg', 1000, 'g'],
  ])('reads %s as %d %s', (text, amount, unit) => {
    expect(parseQuantity(text)).toMatchObject({ amount, unit });
  });

  it.each(['Large', 'XL', 'Navy', 'Pro'])('finds no quantity in %s', (text) =>
    expect(parseQuantity(text)).toBeUndefined(),
  );
});

describe('tier upgrades', () => {
  const coffee = buildTieredProduct('1', 'Weight', [
    ['1 kg', 1650],
    ['250 g', 420],
    ['500 g', 560],
  ]);

  it('orders the tier option by price and offers the next size up with its unit price', () => {
    // Given coffee in 250 g / 500 g / 1 kg (listed out of order)
    expect(detectTierAxis(coffee)?.values).toEqual(['250 g', '500 g', '1 kg']);
    // When the 250 g bag is in the cart
    const decision = decide([coffee], '1', '102');
    // Then 500 g is offered: €1.40 more (+33%, within 35%), €2.80 per 250 g → €1.40 less per 250 g
    expect(decision).toMatchObject({ kind: 'offer', via: 'next_tier', deltaMinor: 140 });
    if (decision.kind !== 'offer') return;
    expect(decision.to.id).toBe('103');
    expect(decision.unitPrice).toMatchObject({
      from: { amount: 250, unit: 'g' },
      to: { amount: 500, unit: 'g' },
      toPricePerFromQuantityMinor: 280,
      savingPerFromQuantityMinor: 140,
    });
  });

  it('respects the budget cap: a step above maxUpgradeDelta is no offer', () => {
    // 500 g → 1 kg costs +€10.90 on €5.60 (+195%)
    expect(decide([coffee], '1', '103')).toEqual({ kind: 'none', reason: 'over_budget' });
    expect(decide([coffee], '1', '103', 2)).toMatchObject({ kind: 'offer', deltaMinor: 1090 });
    expect(decide([coffee], '1', '102', 0.3)).toEqual({ kind: 'none', reason: 'over_budget' });
  });

  it('skips an out-of-stock tier, and says so when no higher tier is in stock', () => {
    const plan = buildTieredProduct('2', 'Plan', [
      ['Basic', 1000],
      ['Plus', 1200, false],
      ['Pro', 1300],
    ]);
    expect(decide([plan], '2', '201')).toMatchObject({ kind: 'offer', to: { id: '203' } });
    const soldOut = buildTieredProduct('3', 'Plan', [
      ['Basic', 1000],
      ['Plus', 1200, false],
    ]);
    expect(decide([soldOut], '3', '301')).toEqual({ kind: 'none', reason: 'out_of_stock' });
  });

  it('offers nothing at the top tier, for same-priced sizes, for colours, or for an unknown variant', () => {
    expect(decide([coffee], '1', '101')).toEqual({ kind: 'none', reason: 'top_tier' });
    const shirt = buildTieredProduct('4', 'Size', [
      ['M', 2500],
      ['L', 2500],
    ]);
    expect(detectTierAxis(shirt)).toBeUndefined();
    expect(decide([shirt], '4', '401')).toEqual({ kind: 'none', reason: 'no_tier' });
    const mug = buildTieredProduct('5', 'Color', [
      ['Red', 900],
      ['Gold', 1200],
    ]);
    expect(decide([mug], '5', '501')).toEqual({ kind: 'none', reason: 'no_tier' });
    expect(decide([coffee], '1', '999')).toEqual({ kind: 'none', reason: 'unknown_variant' });
  });

  it('keeps the other options: a blue 250 g bag upgrades to the blue 500 g bag', () => {
    const variant = (id: string, size: string, colour: string, priceMinor: number) =>
      buildVariant({
        id,
        priceMinor,
        options: [
          { name: 'Colour', value: colour },
          { name: 'Size', value: size },
        ],
      });
    const tin = buildProduct({
      id: '6',
      variants: [
        variant('61', '250 g', 'Red', 500),
        variant('62', '250 g', 'Blue', 500),
        variant('63', '500 g', 'Red', 600),
        variant('64', '500 g', 'Blue', 640),
      ],
    });
    expect(decide([tin], '6', '62')).toMatchObject({ kind: 'offer', to: { id: '64' } });
  });

  it('detects a family from titles with tier words, and upgrades to the next member up', () => {
    // Given "Blender", "Blender Pro" and "Blender Max" of one type and vendor, and an unrelated product
    const base = { productType: 'Blender', vendor: 'Acme' };
    const blender = buildProduct({
      id: '10',
      title: 'Acme Blender',
      ...base,
      variants: [buildVariant({ id: '1001', priceMinor: 10000 })],
    });
    const pro = buildProduct({
      id: '11',
      title: 'Acme Blender Pro',
      ...base,
      variants: [buildVariant({ id: '1101', priceMinor: 12500 })],
    });
    const max = buildProduct({
      id: '12',
      title: 'Acme Blender Max',
      ...base,
      variants: [buildVariant({ id: '1201', priceMinor: 16000 })],
    });
    const other = buildProduct({ id: '13', title: 'Acme Kettle Pro', ...base });
    const products = [max, blender, pro, other];
    expect(tierFamilies(products)).toEqual([{ source: 'detected', productIds: ['10', '11', '12'] }]);
    // When the base blender is in the cart
    expect(decide(products, '10', '1001')).toMatchObject({
      kind: 'offer',
      via: 'family_tier',
      toProduct: { id: '11' },
      deltaMinor: 2500,
    });
    // Then from Pro the Max step (+28%) is within budget too, and Max is the top
    expect(decide(products, '11', '1101')).toMatchObject({ kind: 'offer', toProduct: { id: '12' } });
    expect(decide(products, '12', '1201')).toEqual({ kind: 'none', reason: 'top_tier' });
  });

  it('follows a merchant-declared family in the merchant’s order', () => {
    const a = buildProduct({
      id: '20',
      title: 'Starter kit',
      variants: [buildVariant({ id: '2001', priceMinor: 4000 })],
    });
    const b = buildProduct({
      id: '21',
      title: 'Creator bundle',
      variants: [buildVariant({ id: '2101', priceMinor: 5000 })],
    });
    expect(decide([a, b], '20', '2001', 0.35, [['gid://shopify/Product/20', '21']])).toMatchObject({
      kind: 'offer',
      toProduct: { id: '21' },
    });
    expect(decide([a, b], '20', '2001')).toEqual({ kind: 'none', reason: 'no_tier' });
  });
});

describe('unit prices only for goods sold by measure', () => {
  const unitOf = (option: string, tiers: [string, number][], title = 'Product') => {
    const product = buildTieredProduct('9', option, tiers, { title });
    const decision = decide([product], '9', '901', 1);
    return decision.kind === 'offer' ? decision.unitPrice : 'no offer';
  };

  it.each([
    ['Weight', '250 g', '500 g'],
    ['Gewicht', '250 g', '1 kg'],
    ['Inhalt', '500 ml', '1 l'],
    ['Pack', 'Pack of 3', 'Pack of 6'],
  ])('compares per unit along %s (%s → %s), the measure the good is sold by', (option, from, to) => {
    expect(
      unitOf(option, [
        [from, 1000],
        [to, 1300],
      ]),
    ).toBeDefined();
  });

  it.each([
    ['Volume', '32 L', '45 L', 'Hiking Backpack'],
    ['Capacity', '0.6 L', '0.9 L', 'Teapot'],
    ['Size', '20–35 L', '35–55 L', 'Rain Cover'],
    ['Storage', '128 GB', '256 GB', 'Phone'],
  ])(
    'says nothing per unit along %s (%s → %s of a %s): a size, not what is sold',
    (option, from, to, title) => {
      // Given a durable good whose option is its size or capacity
      // Then its upgrade carries no unit price: "per 32000 ml" of a backpack means nothing to a shopper
      expect(
        unitOf(
          option,
          [
            [from, 1000],
            [to, 1300],
          ],
          title,
        ),
      ).toBeUndefined();
    },
  );
});
