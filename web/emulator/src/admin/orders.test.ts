import { describe, expect, it } from '@jest/globals';
import { buildOrder, buildProduct } from '../state/test-shop.js';
import { ALL_SCOPES, dataOf, harness } from '../engine/__fixtures__/harness.js';

const ORDERS = `query($query: String) { orders(first: 10, query: $query, sortKey: CREATED_AT) { nodes {
  id name createdAt updatedAt cancelledAt currencyCode customer { id }
  totalPriceSet { shopMoney { amount currencyCode } } subtotalPriceSet { shopMoney { amount } } totalRefundedSet { shopMoney { amount } }
  lineItems(first: 10) { nodes { quantity customAttributes { key value } variant { id } product { id }
    originalUnitPriceSet { shopMoney { amount currencyCode } } discountedTotalSet { shopMoney { amount } } } } } } }`;

describe('orders', () => {
  it('serves orders with line items, money sets and customer ids', async () => {
    const h = harness({ productCount: 2, orderCount: 1 });
    const [order] = (dataOf(await h.admin(ORDERS))['orders'] as { nodes: unknown[] }).nodes;
    expect(order).toEqual({
      id: 'gid://shopify/Order/50001',
      name: '#1001',
      createdAt: '2025-01-02T00:00:00Z',
      updatedAt: '2025-01-02T00:00:00Z',
      cancelledAt: null,
      currencyCode: 'EUR',
      customer: { id: 'gid://shopify/Customer/70001' },
      totalPriceSet: { shopMoney: { amount: '43.0', currencyCode: 'EUR' } },
      subtotalPriceSet: { shopMoney: { amount: '43.0' } },
      totalRefundedSet: { shopMoney: { amount: '0.0' } },
      lineItems: {
        nodes: [
          {
            quantity: 1,
            customAttributes: [],
            variant: { id: 'gid://shopify/ProductVariant/10010' },
            product: { id: 'gid://shopify/Product/101' },
            originalUnitPriceSet: { shopMoney: { amount: '11.0', currencyCode: 'EUR' } },
            discountedTotalSet: { shopMoney: { amount: '11.0' } },
          },
          {
            quantity: 2,
            customAttributes: [],
            variant: { id: 'gid://shopify/ProductVariant/10011' },
            product: { id: 'gid://shopify/Product/101' },
            originalUnitPriceSet: { shopMoney: { amount: '16.0', currencyCode: 'EUR' } },
            discountedTotalSet: { shopMoney: { amount: '32.0' } },
          },
        ],
      },
    });
  });

  it('filters by created_at and counts with ordersCount', async () => {
    const h = harness({ productCount: 2, orderCount: 5 });
    const names = (
      dataOf(await h.admin(ORDERS, { query: 'created_at:>=2025-01-04' }))['orders'] as {
        nodes: { name: string }[];
      }
    ).nodes.map((o) => o.name);
    expect(names).toEqual(['#1003', '#1004', '#1005']);
    expect(
      dataOf(await h.admin('{ ordersCount(query: "created_at:<2025-01-04") { count precision } }')),
    ).toEqual({ ordersCount: { count: 2, precision: 'EXACT' } });
  });

  it('hides orders older than 60 days without read_all_orders', async () => {
    // Given one recent and one 90-day-old order (the clock is 2025-02-01)
    const product = buildProduct(1);
    const variant = product.variants[0];
    if (!variant) throw new Error('fixture has a variant');
    const orders = [
      buildOrder(1, [{ variant, quantity: 1 }], {
        processedAt: '2024-11-03T00:00:00Z',
        createdAt: '2024-11-03T00:00:00Z',
      }),
      buildOrder(2, [{ variant, quantity: 1 }], { processedAt: '2025-01-20T00:00:00Z' }),
    ];
    const h = harness({ products: [product], orders });
    const count = async (scopes: readonly string[]) =>
      (dataOf(await h.admin('{ ordersCount { count } }', {}, scopes))['ordersCount'] as { count: number })
        .count;
    // Then read_orders sees one, read_all_orders both
    expect(await count(['read_orders'])).toBe(1);
    expect(await count(ALL_SCOPES)).toBe(2);
  });

  it('shows orders created through the engine, with their line attributes', async () => {
    const h = harness({ productCount: 2, orderCount: 0 });
    const created = h.engine.createOrder('test-shop.myshopify.com', {
      lines: [
        {
          variantId: 'gid://shopify/ProductVariant/10020',
          quantity: 2,
          customAttributes: [{ key: '_tandem', value: 'offer-1:treatment' }],
        },
      ],
      customerId: 'gid://shopify/Customer/70000',
      checkoutToken: 'tok-1',
    });
    const data = dataOf(
      await h.admin(
        `{ order(id: "${created.id}") { name customer { id } lineItems(first: 5) { nodes { quantity customAttributes { key value } } } } }`,
      ),
    );
    expect(data['order']).toEqual({
      name: '#1001',
      customer: { id: 'gid://shopify/Customer/70000' },
      lineItems: {
        nodes: [{ quantity: 2, customAttributes: [{ key: '_tandem', value: 'offer-1:treatment' }] }],
      },
    });
  });

  it('denies orders without read_orders, Shopify style', async () => {
    const h = harness();
    const result = await h.admin('{ orders(first: 1) { edges { node { id } } } }', {}, ['read_products']);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]).toMatchObject({
      message: 'Access denied for orders field. Required access: `read_orders` access scope.',
      path: ['orders'],
      extensions: { code: 'ACCESS_DENIED' },
    });
    // Observed: a denied one-item orders connection costs 3 requested and 2 actual.
    expect(result.extensions?.cost).toMatchObject({ requestedQueryCost: 3, actualQueryCost: 2 });
  });
});
