import { describe, expect, it } from '@jest/globals';
import { harness } from '../engine/__fixtures__/harness.js';

// products(first: 250) { nodes { id } } costs 2 + 11 × 1 = 13 requested; with 3 products returned the
// actual cost is 2 + floor(2·ln 3) × 1 = 4, so 9 points are refunded.
const PAGE = '{ products(first: 250) { nodes { id } } }';
// orders(first:250){ nodes { lineItems(first:250) { nodes { variant { id } product { id } } } } }
// = 2 + 11 × (1 + (2 + 11 × 3)) = 398 requested; three aliased copies = 1,194 > 1,000.
const ORDERS_DEEP =
  'orders(first: 250) { nodes { lineItems(first: 250) { nodes { variant { id } product { id } } } } }';
const TOO_EXPENSIVE = `{ a: ${ORDERS_DEEP} b: ${ORDERS_DEEP} c: ${ORDERS_DEEP} }`;

describe('extensions.cost and the leaky bucket', () => {
  it('reports requested, actual and the bucket after the refund', async () => {
    // Given a fresh standard shop (2,000 points, 100/s)
    const h = harness();
    // When one page of products is read
    const result = await h.admin(PAGE);
    // Then Shopify's cost extension is reported with the refund applied
    expect(result.extensions?.cost).toEqual({
      requestedQueryCost: 13,
      actualQueryCost: 4,
      throttleStatus: { maximumAvailable: 2000, currentlyAvailable: 1996, restoreRate: 100 },
    });
  });

  it('answers THROTTLED (HTTP 200, actualQueryCost null) when the bucket cannot cover the reservation, then recovers', async () => {
    // Given a 30-point bucket and 200 products (PAGE: 13 reserved, 12 actual)
    const h = harness({ productCount: 200, variantsPerProduct: 1, orderCount: 0 }, { bucketSize: 30 });
    await h.admin(PAGE);
    await h.admin(PAGE);
    // When a third call needs 13 points but only 6 are left
    const response = await h.engine.executeAdmin(
      'test-shop.myshopify.com',
      { query: PAGE },
      { apiVersion: '2026-10', scopes: ['read_products'] },
    );
    const body = response.body as { errors: unknown; extensions: { cost: unknown } };
    // Then Shopify's THROTTLED body comes back with status 200 and the bucket's state
    expect(response.status).toBe(200);
    expect(body.errors).toEqual([
      {
        message: 'Throttled',
        extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' },
      },
    ]);
    expect(body.extensions.cost).toEqual({
      requestedQueryCost: 13,
      actualQueryCost: null,
      throttleStatus: { maximumAvailable: 30, currentlyAvailable: 6, restoreRate: 100 },
    });
    // When 70 ms pass (7 points at 100/s)
    h.advance(70);
    // Then the call goes through
    expect((await h.admin(PAGE)).errors).toBeUndefined();
  });

  it('drains by the actual cost over many calls and restores over time', async () => {
    // Given 200 products: every page of 250 returns 200 → actual 2 + floor(2·ln 200) × 1 = 12
    const h = harness({ productCount: 200, variantsPerProduct: 1, orderCount: 0 }, { bucketSize: 100 });
    const available: number[] = [];
    for (let i = 0; i < 8; i += 1)
      available.push((await h.admin(PAGE)).extensions?.cost?.throttleStatus.currentlyAvailable ?? -1);
    // Then each call leaves 12 fewer points until the 13-point reservation no longer fits
    expect(available.slice(0, 7)).toEqual([88, 76, 64, 52, 40, 28, 16]);
    expect(available[7]).toBe(4);
    expect((await h.admin(PAGE)).errors?.[0]?.extensions?.['code']).toBe('THROTTLED');
    // And one second later 100 points have come back (capped at the bucket size)
    h.advance(1000);
    expect((await h.admin(PAGE)).extensions?.cost?.throttleStatus.currentlyAvailable).toBe(100 - 12);
  });

  it('rejects a single query above 1,000 points with MAX_COST_EXCEEDED before spending anything', async () => {
    const h = harness();
    const result = await h.admin(TOO_EXPENSIVE);
    expect(result.errors?.[0]).toEqual({
      message: 'Query cost is 1194, which exceeds the single query max cost limit (1000).',
      extensions: {
        code: 'MAX_COST_EXCEEDED',
        cost: 1194,
        maxCost: 1000,
        documentation: 'https://shopify.dev/api/usage/rate-limits',
      },
    });
    expect(result.extensions?.cost?.throttleStatus.currentlyAvailable).toBe(2000);
  });

  it('throttles the next N calls on request of the fault API, whatever the bucket holds', async () => {
    const h = harness();
    h.engine.faults('test-shop.myshopify.com').throttleNext(2);
    const codes = [];
    for (let i = 0; i < 3; i += 1)
      codes.push((await h.admin(PAGE)).errors?.[0]?.extensions?.['code'] ?? 'ok');
    expect(codes).toEqual(['THROTTLED', 'THROTTLED', 'ok']);
  });

  it('sizes the bucket from the configured restore rate (Plus: 1,000/s, 20,000 points)', async () => {
    const h = harness({}, { restoreRate: 1000 });
    expect((await h.admin('{ shop { id } }')).extensions?.cost?.throttleStatus).toEqual({
      maximumAvailable: 20000,
      currentlyAvailable: 19999,
      restoreRate: 1000,
    });
  });
});
