import { describe, expect, it } from '@jest/globals';
import { hashCustomerId } from '@tandem/web/shopify/admin/mappers';
import { readCursor, runSync } from '@tandem/web/sync/index';
import type { QueuedResponse } from '../../support/queued-fetch.js';
import { answer, createHarness, HASH_KEY, SHOP } from './harness.js';

const FULL_PAGED = [
  answer('ShopInfo', 'shop-info'),
  answer('SyncCounts', 'sync-counts-small', { productsQuery: null }),
  answer('ProductsPage', 'products-page-1', { first: 50, after: null, variantsFirst: 100 }),
  answer('ProductVariantsPage', 'product-variants-page', { id: 'gid://shopify/Product/102', after: null }),
  answer('ProductsPage', 'products-page-2', { after: 'cursor-p1' }),
  answer('OrdersPage', 'orders-page-1', { after: null }),
];

describe('runSync — paged path', () => {
  it('syncs products, variants and the 60-day orders of a small shop into the store', async () => {
    // Given a small shop (4 products, 2 orders) and an empty store
    const harness = createHarness(FULL_PAGED);
    await harness.stores.shops.markInstalled(SHOP, { scopes: ['read_orders'], at: '2026-11-01T00:00:00Z' });
    // When a full sync runs
    const run = await runSync(harness.deps());
    // Then the run succeeded with its counts, and the store holds what Shopify listed (product 103 unreadable)
    expect(run).toMatchObject({
      status: 'succeeded',
      kind: 'full',
      path: 'paged',
      counts: { products: 3, variants: 5, orders: 2, lines: 3, skipped: 1 },
    });
    const { items } = await harness.stores.catalog.listProducts(SHOP);
    expect(items.map((product) => [product.id, product.variants.length])).toEqual([
      ['gid://shopify/Product/101', 2],
      ['gid://shopify/Product/102', 2],
      ['gid://shopify/Product/104', 1],
    ]);
    const order = await harness.stores.orders.getOrder(SHOP, 'gid://shopify/Order/501');
    expect(order?.customerHash).toBe(hashCustomerId(HASH_KEY, 'gid://shopify/Customer/701'));
    expect(order?.lines[1]?.tandemAttribute).toBe('offer-7:treatment');
    // And the shop's numeric id is recorded, for the webhook guard to check privacy and uninstall bodies against
    expect((await harness.stores.shops.get(SHOP))?.shopId).toBe('1');
    // And the 60-day window was asked for, from the run's clock
    expect(harness.requestsOf('OrdersPage')[0]?.variables['query']).toBe(
      "created_at:>='2026-09-02T00:00:00Z'",
    );
    harness.queued.assertAllUsed();
  });

  it('records cost spent as the sum of actualQueryCost, and the unreadable node with its id', async () => {
    const harness = createHarness(FULL_PAGED);
    const run = await runSync(harness.deps());
    // 2 + 2 + 40 + 6 + 38 + 30
    expect(run.costSpent).toBe(118);
    expect(run.errors).toEqual([
      {
        resourceId: 'gid://shopify/Product/103',
        message: 'products: variants[0].price "4.995" has more decimals than EUR allows (2)',
      },
    ]);
    expect(harness.events.filter((event) => event.type === 'skipped')).toHaveLength(1);
  });

  it('sizes the next page from the observed cost and waits for the bucket instead of being throttled', async () => {
    // Given page 1 (50 products) cost 352 requested and left 400 points in the bucket
    const harness = createHarness(FULL_PAGED);
    await runSync(harness.deps());
    // Then page 2 asks for floor(1000 / (352/50)) = 142 products, after waiting until the bucket (394 points after
    // the variants query) holds their expected 1,000 points plus a 10-point margin: (1010 − 394) / 100 per s = 6.16 s
    // And the first orders page, whose cost is not known yet, waits until the bucket (1,000 after page 2) could take
    // any query Shopify accepts (1,000 points plus the margin): 0.1 s
    expect(harness.requestsOf('ProductsPage').map((request) => request.variables['first'])).toEqual([
      50, 142,
    ]);
    expect(harness.sleeps).toEqual([6_160, 100]);
    expect(harness.clientEvents.filter((event) => event.type === 'retry')).toEqual([]);
  });

  it('keeps pages within a small bucket', async () => {
    // Given a shop whose bucket holds only 500 points
    const small = (response: QueuedResponse): QueuedResponse => {
      const body = structuredClone(response.body) as {
        extensions: { cost: { throttleStatus: Record<string, number> } };
      };
      body.extensions.cost.throttleStatus = {
        maximumAvailable: 500,
        currentlyAvailable: 500,
        restoreRate: 25,
      };
      return { ...response, body };
    };
    const harness = createHarness(FULL_PAGED.map(small));
    await runSync(harness.deps());
    // Then page 2 is floor(500 / 7.04) = 71 products
    expect(harness.requestsOf('ProductsPage')[1]?.variables['first']).toBe(71);
  });

  it('resumes a run left running at its stored cursor, without duplicates, and sweeps by a fresh id pass', async () => {
    // Given a crashed run: page 1 stored, cursor after it; plus a stored product Shopify no longer has
    const first = createHarness(FULL_PAGED.slice(0, 4));
    first.queued.requests.length = 0;
    const crashed = new AbortController();
    await expect(
      runSync(
        first.deps(
          {},
          {
            log: (event) => (event.type === 'progress' ? crashed.abort(new Error('crash')) : undefined),
            signal: crashed.signal,
          },
        ),
      ),
    ).rejects.toThrow('crash');
    const stale = await first.stores.catalog.getProduct(SHOP, 'gid://shopify/Product/101');
    if (!stale) throw new Error('page 1 was stored');
    await first.stores.catalog.upsertProducts(SHOP, [
      { ...stale, id: 'gid://shopify/Product/999', variants: [], updatedAt: '2026-01-01T00:00:00.000Z' },
    ]);
    const left = await first.stores.syncRuns.latest(SHOP);
    expect(left?.status).toBe('running');
    expect(readCursor(left?.cursor ?? null)).toMatchObject({ phase: 'products', after: 'cursor-p1' });
    first.queued.assertAllUsed();

    // When the sync runs again (a new process: same store, fresh client)
    const second = createHarness([
      answer('ShopInfo', 'shop-info'),
      answer('ProductsPage', 'products-page-2', { after: 'cursor-p1' }),
      answer('OrdersPage', 'orders-page-1'),
      answer('ProductIdsPage', 'product-ids-page', { after: null }),
    ]);
    const run = await runSync({ ...second.deps(), stores: first.stores });
    // Then it continued the same run from page 2, and the store has each product once; 999 was swept
    expect(run.id).toBe(left?.id);
    expect(second.events[0]).toMatchObject({ type: 'run-started', resumedFrom: left?.id, phase: 'products' });
    const { items } = await first.stores.catalog.listProducts(SHOP);
    expect(items.map((product) => product.id)).toEqual([
      'gid://shopify/Product/101',
      'gid://shopify/Product/102',
      'gid://shopify/Product/104',
    ]);
    expect(run.counts).toMatchObject({ products: 3, deleted: 1 });
    second.queued.assertAllUsed();
  });

  it('records a failed run with a resumable cursor, and the next run continues it', async () => {
    // Given Shopify fails twice (the client's attempts) on the orders page
    const failing = createHarness([
      ...FULL_PAGED.slice(0, 5),
      { operationName: 'OrdersPage', status: 502 },
      { operationName: 'OrdersPage', status: 502 },
    ]);
    await expect(runSync(failing.deps())).rejects.toThrow('Shopify Admin API unavailable');
    const failed = await failing.stores.syncRuns.latest(SHOP);
    expect(failed).toMatchObject({ status: 'failed', counts: { products: 3 } });
    expect(failed?.errors.at(-1)?.message).toContain('HTTP 502');
    expect(readCursor(failed?.cursor ?? null)).toMatchObject({ phase: 'orders', resumable: true });

    // When the job is retried
    const retry = createHarness([
      answer('ShopInfo', 'shop-info'),
      answer('OrdersPage', 'orders-page-1'),
      answer('ProductIdsPage', 'product-ids-page'),
    ]);
    const run = await runSync({ ...retry.deps(), stores: failing.stores });
    // Then a new run picked up at the orders phase and finished
    expect(run.id).not.toBe(failed?.id);
    expect(run).toMatchObject({ status: 'succeeded', counts: { products: 3, orders: 2 } });
    retry.queued.assertAllUsed();
  });

  it('starts afresh after a failure no retry can fix', async () => {
    const denied = createHarness([
      answer('ShopInfo', 'shop-info'),
      answer('SyncCounts', 'sync-counts-small'),
      { operationName: 'ProductsPage', status: 401, body: {} },
    ]);
    await expect(runSync(denied.deps())).rejects.toThrow('refused the access token');
    const failed = await denied.stores.syncRuns.latest(SHOP);
    expect(readCursor(failed?.cursor ?? null)?.resumable).toBeUndefined();
    const again = createHarness(FULL_PAGED);
    const run = await runSync({ ...again.deps(), stores: denied.stores });
    expect(again.events[0]).toMatchObject({ type: 'run-started', resumedFrom: null });
    expect(run.status).toBe('succeeded');
  });

  it('syncs only what changed since the last successful run on an incremental run', async () => {
    // Given a successful full sync that started at 2026-11-01T00:00Z
    const harness = createHarness([
      ...FULL_PAGED,
      answer('ShopInfo', 'shop-info'),
      answer('SyncCounts', 'sync-counts-small'),
      answer('ProductsPage', 'products-page-2'),
      answer('OrdersPage', 'orders-page-1'),
    ]);
    await runSync(harness.deps());
    harness.advance(3_600_000);
    // When an incremental sync runs an hour later
    const run = await runSync(harness.deps({ kind: 'incremental' }));
    // Then both queries filter on updated_at from the full run's start minus the 10-minute overlap (orders also on
    // the 60-day window from now: 1 h plus the full run's 6.26 s of bucket waits later), and nothing is swept
    const since = "updated_at:>='2026-10-31T23:50:00Z'";
    expect(harness.requestsOf('SyncCounts')[1]?.variables).toEqual({
      productsQuery: since,
      ordersQuery: `${since} AND created_at:>='2026-09-02T01:00:06Z'`,
    });
    expect(harness.requestsOf('ProductsPage')[2]?.variables['query']).toBe(since);
    expect(run).toMatchObject({ kind: 'incremental', status: 'succeeded' });
    expect(run.counts['deleted']).toBeUndefined();
    harness.queued.assertAllUsed();
  });

  it('turns an incremental request without an earlier successful run into a full sync', async () => {
    const harness = createHarness(FULL_PAGED);
    const run = await runSync(harness.deps({ kind: 'reconcile' }));
    expect(run.kind).toBe('full');
  });
});
