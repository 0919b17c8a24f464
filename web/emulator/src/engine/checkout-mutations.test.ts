import { describe, expect, it } from '@jest/globals';
import { TEST_DOMAIN, harness } from './__fixtures__/harness.js';

describe('a buyer at checkout', () => {
  it('sends checkouts/create for a new token and checkouts/update for a changed cart, in REST shape', () => {
    const h = harness({ orderCount: 0 });
    const ordersBefore = h.engine.snapshot(TEST_DOMAIN).orders;
    h.engine.upsertCheckout(TEST_DOMAIN, {
      token: 'tok-1',
      lines: [{ variantId: 'gid://shopify/ProductVariant/10010', quantity: 2 }],
    });
    h.engine.upsertCheckout(TEST_DOMAIN, {
      token: 'tok-1',
      lines: [{ variantId: 'gid://shopify/ProductVariant/10010', quantity: 3 }],
    });
    expect(h.events.map((e) => e.topic)).toEqual(['checkouts/create', 'checkouts/update']);
    expect(h.events[0]?.payload).toMatchObject({
      token: 'tok-1',
      created_at: '2025-02-01T00:00:00Z',
      total_price: '22.00',
      line_items: [{ product_id: 101, variant_id: 10010, quantity: 2, price: '11.00', line_price: '22.00' }],
    });
    // The update keeps the checkout (id, creation time) and carries the new cart
    expect(h.events[1]?.payload).toMatchObject({
      id: (h.events[0]?.payload as { id: number }).id,
      created_at: '2025-02-01T00:00:00Z',
      line_items: [{ quantity: 3, line_price: '33.00' }],
    });
    // And a checkout is no order
    expect(h.engine.snapshot(TEST_DOMAIN).orders).toBe(ordersBefore);
  });

  it('refuses an unknown variant or an empty cart, sending nothing', () => {
    const h = harness({ orderCount: 0 });
    expect(() =>
      h.engine.upsertCheckout(TEST_DOMAIN, {
        token: 'tok',
        lines: [{ variantId: 'gid://shopify/ProductVariant/1', quantity: 1 }],
      }),
    ).toThrow(/does not exist/);
    expect(() => h.engine.upsertCheckout(TEST_DOMAIN, { token: 'tok', lines: [] })).toThrow(
      /at least one line/,
    );
    expect(h.events).toEqual([]);
  });
});
