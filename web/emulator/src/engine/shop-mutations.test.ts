import { describe, expect, it } from '@jest/globals';
import { TEST_DOMAIN, harness } from './__fixtures__/harness.js';

describe('engine mutations outside GraphQL', () => {
  it('creates an order, lowers stock and emits orders/create and inventory_levels/update in REST shape', async () => {
    const h = harness({ orderCount: 0 });
    const order = h.engine.createOrder(TEST_DOMAIN, {
      lines: [
        {
          variantId: 'gid://shopify/ProductVariant/10010',
          quantity: 2,
          customAttributes: [{ key: '_tandem', value: 'o1:t' }],
        },
      ],
      customerId: 'gid://shopify/Customer/70001',
      checkoutToken: 'tok',
    });
    expect(order).toMatchObject({
      name: '#1001',
      subtotalPrice: '22.00',
      createdAt: '2025-02-01T00:00:00Z',
      checkoutToken: 'tok',
    });
    expect(h.events.map((e) => e.topic)).toEqual(['orders/create', 'inventory_levels/update']);
    expect(h.events[0]?.payload).toMatchObject({
      id: Number(order.id.split('/').pop()),
      admin_graphql_api_id: order.id,
      total_price: '22.00',
      checkout_token: 'tok',
      customer: { id: 70001, admin_graphql_api_id: 'gid://shopify/Customer/70001' },
      line_items: [
        {
          variant_id: 10010,
          product_id: 101,
          quantity: 2,
          price: '11.00',
          properties: [{ name: '_tandem', value: 'o1:t' }],
        },
      ],
    });
    expect(h.events[1]?.payload).toMatchObject({ inventory_item_id: 30010, location_id: 1, available: 8 });
    expect(h.engine.snapshot(TEST_DOMAIN).orders).toBe(1);
  });

  it('refuses bad order input with a message naming the problem, changing nothing', () => {
    const h = harness({ orderCount: 0 });
    expect(() =>
      h.engine.createOrder(TEST_DOMAIN, {
        lines: [{ variantId: 'gid://shopify/ProductVariant/1', quantity: 1 }],
      }),
    ).toThrow('lines[0].variantId gid://shopify/ProductVariant/1 does not exist');
    expect(() =>
      h.engine.createOrder(TEST_DOMAIN, {
        lines: [{ variantId: 'gid://shopify/ProductVariant/10010', quantity: 11 }],
      }),
    ).toThrow('has 10 in stock, 11 ordered');
    expect(() =>
      h.engine.createOrder(TEST_DOMAIN, {
        lines: [{ variantId: 'gid://shopify/ProductVariant/10010', quantity: 0 }],
      }),
    ).toThrow('quantity must be a whole number');
    expect(h.engine.snapshot(TEST_DOMAIN).orders).toBe(0);
    expect(h.events).toEqual([]);
  });

  it('updates and deletes products with products/update and products/delete', async () => {
    const h = harness();
    h.advance(60_000);
    const product = h.engine.updateProduct(TEST_DOMAIN, 'gid://shopify/Product/101', {
      title: 'Renamed',
      status: 'DRAFT',
      tags: ['a', 'b'],
    });
    expect(product.updatedAt).toBe('2025-02-01T00:01:00Z');
    expect(h.events[0]).toMatchObject({
      domain: TEST_DOMAIN,
      topic: 'products/update',
      payload: { id: 101, title: 'Renamed', status: 'draft', tags: 'a, b' },
    });
    h.engine.deleteProduct(TEST_DOMAIN, 'gid://shopify/Product/101');
    expect(h.events[1]).toEqual({ domain: TEST_DOMAIN, topic: 'products/delete', payload: { id: 101 } });
    expect(h.engine.snapshot(TEST_DOMAIN)).toMatchObject({ products: 2, variants: 4 });
    expect(() => h.engine.updateProduct(TEST_DOMAIN, 'gid://shopify/Product/101', { title: 'x' })).toThrow(
      'does not exist',
    );
  });

  it('keeps a failing listener from undoing the change', () => {
    const h = harness();
    h.engine.onChange(() => {
      throw new Error('webhook sender broke');
    });
    h.engine.setInventory(TEST_DOMAIN, 'gid://shopify/ProductVariant/10010', 3);
    expect(h.events[0]?.payload).toMatchObject({ available: 3 });
  });

  it('rejects a second shop with the same domain and unknown shops', () => {
    const h = harness();
    expect(() => h.engine.snapshot('other.myshopify.com')).toThrow("No emulated shop 'other.myshopify.com'");
    expect(h.engine.hasShop(TEST_DOMAIN)).toBe(true);
  });
});
