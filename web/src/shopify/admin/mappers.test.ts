import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import type { OrdersPageQuery, ProductsPageQuery } from './generated/graphql.js';
import { hashCustomerId, mapOrder, mapProduct, type MapContext } from './mappers.js';
import { currencyExponent, toMinorUnits } from './money.js';

type ProductNode = ProductsPageQuery['products']['nodes'][number];
type OrderNode = OrdersPageQuery['orders']['nodes'][number];

const fixture = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`./__fixtures__/${name}.json`, import.meta.url), 'utf8')) as T;
const context: MapContext = { shopCurrency: 'EUR', customerHashKey: 'app-secret' };

function productWith(
  overrides: Partial<ProductNode> = {},
  variantOverrides: Record<string, unknown> = {},
): ProductNode {
  const node = fixture<ProductNode>('product-node');
  const [first, ...rest] = node.variants.nodes;
  return {
    ...node,
    ...overrides,
    variants: { ...node.variants, nodes: first ? [{ ...first, ...variantOverrides }, ...rest] : rest },
  };
}

const mapped = <T>(result: { kind: string; value?: T }): T => {
  if (result.kind !== 'mapped' || result.value === undefined)
    throw new Error(`expected a mapped result, got ${JSON.stringify(result)}`);
  return result.value;
};

describe('toMinorUnits', () => {
  it.each([
    ['12.90', 'EUR', 1290],
    ['0.29', 'EUR', 29],
    ['10', 'EUR', 1000],
    ['10.5', 'EUR', 1050],
    ['12.340', 'EUR', 1234],
    ['1500.0', 'JPY', 1500],
    ['1500', 'KRW', 1500],
    ['1.234', 'KWD', 1234],
    ['0.5', 'BHD', 500],
    ['-3.10', 'USD', -310],
    ['90071992547409.91', 'EUR', 9_007_199_254_740_991],
  ])('reads %s %s as %i minor units, digit by digit', (amount, currency, minor) => {
    // Given a Shopify decimal string / When converted / Then the integer is exact (0.29 is not 28.999…)
    expect(toMinorUnits(amount, currency)).toEqual({ kind: 'ok', minor });
  });

  it.each([
    ['12.345', 'EUR', 'more decimals than EUR allows (2)'],
    ['1500.5', 'JPY', 'more decimals than JPY allows (0)'],
    ['1e3', 'EUR', 'is not a decimal amount'],
    ['', 'EUR', 'is not a decimal amount'],
    ['90071992547409.92', 'EUR', 'is too large'],
  ])('rejects %s %s with a reason', (amount, currency, reason) => {
    const result = toMinorUnits(amount, currency);
    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' && result.reason).toContain(reason);
  });

  it('rejects a non-string amount and knows the exponents of 0-, 2- and 3-decimal currencies', () => {
    expect(toMinorUnits(12.9, 'EUR')).toEqual({
      kind: 'invalid',
      reason: 'must be a decimal string (got number)',
    });
    expect([
      currencyExponent('JPY'),
      currencyExponent('EUR'),
      currencyExponent('KWD'),
      currencyExponent('NOK'),
    ]).toEqual([0, 2, 3, 2]);
  });
});

describe('mapProduct', () => {
  it('maps a product node with its variants, money in integer minor units', () => {
    // Given the ProductsPage node of a product with two variants
    const node = fixture<ProductNode>('product-node');
    // When it is mapped
    const product = mapped(mapProduct(node, node.variants.nodes, context));
    // Then every field lands in the domain shape
    expect(product).toMatchObject({
      id: 'gid://shopify/Product/101',
      title: 'Espresso Beans',
      status: 'ACTIVE',
      imageUrl: 'https://cdn.shopify.com/101.jpg',
      collectionIds: [],
      options: [{ name: 'Size', values: ['250 g', '1 kg'] }],
      updatedAt: '2026-10-01T10:00:00.000Z',
    });
    expect(
      product.variants.map((v) => [
        v.id,
        v.productId,
        v.priceMinor,
        v.compareAtPriceMinor,
        v.inventoryQuantity,
        v.availableForSale,
      ]),
    ).toEqual([
      ['gid://shopify/ProductVariant/1011', 'gid://shopify/Product/101', 1290, 1450, 7, true],
      ['gid://shopify/ProductVariant/1012', 'gid://shopify/Product/101', 3900, null, 0, false],
    ]);
  });

  it('reads prices in the shop currency (JPY has no minor unit)', () => {
    const node = productWith({}, { price: '1500.0', compareAtPrice: null });
    const product = mapped(mapProduct(node, node.variants.nodes, { ...context, shopCurrency: 'JPY' }));
    expect(product.variants[0]?.priceMinor).toBe(1500);
  });

  it('treats an UNLISTED product as a draft and a product without media as imageless', () => {
    const node = productWith({ status: 'UNLISTED', featuredMedia: null });
    const product = mapped(mapProduct(node, node.variants.nodes, context));
    expect([product.status, product.imageUrl]).toEqual(['DRAFT', null]);
  });

  it('skips a product whose price it cannot store exactly, naming the id and the field', () => {
    // Given a variant priced finer than the currency allows
    const node = productWith({}, { price: '12.905' });
    // When mapped / Then it is skipped, not thrown
    expect(mapProduct(node, node.variants.nodes, context)).toEqual({
      kind: 'skipped',
      id: 'gid://shopify/Product/101',
      reason: 'variants[0].price "12.905" has more decimals than EUR allows (2)',
    });
  });

  it('skips a node with missing lists or fields the store would reject', () => {
    const noOptions = productWith({ options: null as unknown as ProductNode['options'] });
    expect(mapProduct(noOptions, noOptions.variants.nodes, context)).toMatchObject({
      kind: 'skipped',
      reason: 'options must be a list',
    });
    const badTime = productWith({ updatedAt: 'yesterday' });
    const result = mapProduct(badTime, badTime.variants.nodes, context);
    expect(result).toMatchObject({ kind: 'skipped', id: 'gid://shopify/Product/101' });
    expect(result.kind === 'skipped' && result.reason).toContain('updatedAt must be an ISO-8601 timestamp');
  });
});

describe('mapOrder', () => {
  it('maps an order: line money, the raw _tandem attribute, its checkout token, and the customer only as a hash', () => {
    // Given an order by a known customer with one line added by an offer
    const node = fixture<OrderNode>('order-node');
    // When mapped
    const order = mapped(mapOrder(node, node.lineItems.nodes, context));
    // Then amounts are minor units and the customer id itself appears nowhere
    expect(order).toMatchObject({
      id: 'gid://shopify/Order/501',
      currency: 'EUR',
      subtotalMinor: 2609,
      totalMinor: 3104,
      refundedMinor: 0,
      checkoutToken: '5f1c0e9a2b7d4c3e8f6a1b0c9d8e7f6a',
    });
    expect(order.customerHash).toBe(hashCustomerId('app-secret', 'gid://shopify/Customer/701'));
    expect(JSON.stringify(order)).not.toContain('Customer/701');
    expect(order.lines).toEqual([
      {
        lineId: 'gid://shopify/LineItem/5011',
        productId: 'gid://shopify/Product/101',
        variantId: 'gid://shopify/ProductVariant/1011',
        quantity: 2,
        unitPriceMinor: 1290,
        discountedTotalMinor: 2580,
        tandemAttribute: null,
      },
      {
        lineId: 'gid://shopify/LineItem/5012',
        productId: 'gid://shopify/Product/102',
        variantId: 'gid://shopify/ProductVariant/1021',
        quantity: 1,
        unitPriceMinor: 29,
        discountedTotalMinor: 29,
        tandemAttribute: 'offer-7:treatment',
      },
    ]);
  });

  it('maps a guest order whose product was deleted and whose subtotal Shopify left empty', () => {
    const node = fixture<OrderNode>('guest-order-node');
    const order = mapped(mapOrder(node, node.lineItems.nodes, context));
    expect(order).toMatchObject({
      customerHash: null,
      checkoutToken: null,
      subtotalMinor: 450,
      refundedMinor: 450,
    });
    expect(order.lines[0]).toMatchObject({ productId: null, variantId: null });
  });

  it('skips an order with a line it cannot read, naming the line field', () => {
    const node = fixture<OrderNode>('order-node');
    const [first, second] = node.lineItems.nodes;
    if (!first || !second) throw new Error('fixture has two lines');
    const broken = { ...second, discountedTotalSet: null as unknown as typeof second.discountedTotalSet };
    expect(mapOrder(node, [first, broken], context)).toEqual({
      kind: 'skipped',
      id: 'gid://shopify/Order/501',
      reason: 'lines[1].discountedTotalSet.shopMoney.amount must be a decimal string (got undefined)',
    });
  });
});

describe('hashCustomerId', () => {
  it('is one-way per app secret and gives the same hash for the GID and the numeric webhook id', () => {
    const hash = hashCustomerId('app-secret', 'gid://shopify/Customer/701');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashCustomerId('app-secret', 701)).toBe(hash);
    expect(hashCustomerId('other-secret', 701)).not.toBe(hash);
    expect(() => hashCustomerId('', 701)).toThrow('hash key is empty');
  });
});
