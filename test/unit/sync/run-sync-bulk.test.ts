import { describe, expect, it } from '@jest/globals';
import type { Stores } from '@tandem/web/store/index';
import { readCursor, runSync } from '@tandem/web/sync/index';
import { answer, createHarness, file, SHOP } from './harness.js';

const PRODUCTS_URL = 'https://storage.example/bulk/9001.jsonl';

const START = [answer('ShopInfo', 'shop-info'), answer('SyncCounts', 'sync-counts-large')];
const PRODUCTS_OP = [
  answer('BulkOperationRunQuery', 'bulk-run-query'),
  answer('BulkOperationStatus', 'bulk-status-running', { id: 'gid://shopify/BulkOperation/9001' }),
  answer('BulkOperationStatus', 'bulk-status-products-completed'),
];
const ORDERS_OP = [
  answer('BulkOperationRunQuery', 'bulk-run-query-orders'),
  answer('BulkOperationStatus', 'bulk-status-orders-completed', { id: 'gid://shopify/BulkOperation/9002' }),
  file('orders.jsonl'),
];

/** The products file cut mid-line, on the first download and on the one after re-polling. */
const TRUNCATED_TWICE = [
  ...START,
  ...PRODUCTS_OP,
  file('products-truncated.jsonl'),
  answer('BulkOperationStatus', 'bulk-status-products-completed'),
  file('products-truncated.jsonl'),
];

async function storeContents(stores: Stores) {
  const { items } = await stores.catalog.listProducts(SHOP);
  const orders = await Promise.all(
    ['501', '502'].map((id) => stores.orders.getOrder(SHOP, `gid://shopify/Order/${id}`)),
  );
  return { products: items, orders };
}

describe('runSync — bulk path', () => {
  it('runs bulk queries for a large shop and joins the streamed JSONL children to their parents', async () => {
    // Given a shop above the products threshold
    const harness = createHarness([...START, ...PRODUCTS_OP, file('products.jsonl'), ...ORDERS_OP]);
    // When a full sync runs
    const run = await runSync(harness.deps());
    // Then both phases went through bulk operations, polled with backoff, and the store holds the joined groups
    expect(run).toMatchObject({
      status: 'succeeded',
      path: 'bulk',
      counts: { products: 3, variants: 5, orders: 2, lines: 3, skipped: 1 },
    });
    expect(
      harness.queued.requests
        .filter((request) => request.operationName === undefined)
        .map((request) => request.url),
    ).toEqual([PRODUCTS_URL, 'https://storage.example/bulk/9002.jsonl']);
    expect(harness.sleeps).toEqual([1_000]);
    const { products } = await storeContents(harness.stores);
    expect(
      products.map((product) => [product.id, product.variants.map((variant) => variant.priceMinor)]),
    ).toEqual([
      ['gid://shopify/Product/101', [1290, 3900]],
      ['gid://shopify/Product/102', [29, 8900]],
      ['gid://shopify/Product/104', [5995]],
    ]);
    harness.queued.assertAllUsed();
  });

  it('sends the typed bulk bodies with the run filter inlined', async () => {
    const harness = createHarness([...START, ...PRODUCTS_OP, file('products.jsonl'), ...ORDERS_OP]);
    await runSync(harness.deps());
    const [products, orders] = harness
      .requestsOf('BulkOperationRunQuery')
      .map((request) => String(request.variables['query']));
    expect(products).toContain('products {');
    expect(products).toContain('fragment VariantFields on ProductVariant');
    expect(products).not.toContain('$query');
    expect(orders).toContain(`orders(query: "created_at:>='2026-09-02T00:00:00Z'")`);
  });

  it('fills the store exactly as the paged path does', async () => {
    // Given the same shop answered page by page and in bulk
    const paged = createHarness([
      answer('ShopInfo', 'shop-info'),
      answer('SyncCounts', 'sync-counts-small'),
      answer('ProductsPage', 'products-page-1'),
      answer('ProductVariantsPage', 'product-variants-page'),
      answer('ProductsPage', 'products-page-2'),
      answer('OrdersPage', 'orders-page-1'),
    ]);
    const bulk = createHarness([...START, ...PRODUCTS_OP, file('products.jsonl'), ...ORDERS_OP]);
    // When each syncs into its own store
    await runSync(paged.deps());
    await runSync(bulk.deps());
    // Then the stores are identical
    expect(await storeContents(bulk.stores)).toEqual(await storeContents(paged.stores));
  });

  it('survives a truncated result file: downloads again, then replaces the operation', async () => {
    // Given a completed operation whose file stops mid-line (also when fetched again from a freshly polled URL),
    // and a second operation with a whole file
    const harness = createHarness([
      ...TRUNCATED_TWICE,
      answer('BulkOperationRunQuery', 'bulk-run-query-retry'),
      answer('BulkOperationStatus', 'bulk-status-retry-completed', {
        id: 'gid://shopify/BulkOperation/9003',
      }),
      file('products.jsonl'),
      ...ORDERS_OP,
    ]);
    // When the sync runs
    const run = await runSync(harness.deps());
    // Then it retried; the download resumed after the stored group (written once: 1 + 3 products from the new file)
    expect(
      harness.events
        .filter((event) => event.type === 'bulk-retry')
        .map((event) => event.type === 'bulk-retry' && event.reason),
    ).toEqual([
      'the products result file is incomplete: its last line was cut off; downloading again',
      'Bulk products sync gave up: the products result file is incomplete: its last line was cut off; starting a new operation',
    ]);
    expect(run).toMatchObject({ status: 'succeeded', counts: { products: 4, variants: 7 } });
    expect((await storeContents(harness.stores)).products.map((product) => product.variants.length)).toEqual([
      2, 2, 1,
    ]);
    harness.queued.assertAllUsed();
  });

  it('fails with a clear error when every operation gives a truncated file', async () => {
    const harness = createHarness(TRUNCATED_TWICE);
    await expect(runSync(harness.deps({ maxBulkAttempts: 1 }))).rejects.toThrow(
      'Bulk products sync gave up: the products result file is incomplete: its last line was cut off',
    );
    const run = await harness.stores.syncRuns.latest(SHOP);
    expect(run).toMatchObject({ status: 'failed', counts: { products: 1 } });
    // Only the group that was complete before the cut was stored
    expect((await harness.stores.catalog.listProducts(SHOP)).items.map((product) => product.id)).toEqual([
      'gid://shopify/Product/101',
    ]);
  });

  it('resumes a crashed bulk run: re-polls the stored operation and skips the lines already stored', async () => {
    // Given a run that stored the first product group (3 lines) and then died
    const first = createHarness([...START, ...PRODUCTS_OP, file('products.jsonl')]);
    const crash = new AbortController();
    await expect(
      runSync(
        first.deps(
          { bulkBatchSize: 1 },
          {
            signal: crash.signal,
            log: (event) => (event.type === 'progress' ? crash.abort(new Error('killed')) : undefined),
          },
        ),
      ),
    ).rejects.toThrow('killed');
    const left = await first.stores.syncRuns.latest(SHOP);
    expect(readCursor(left?.cursor ?? null)?.bulk).toEqual({
      id: 'gid://shopify/BulkOperation/9001',
      lines: 3,
      attempts: 1,
    });

    // When the sync runs again
    const second = createHarness([
      answer('ShopInfo', 'shop-info'),
      answer('BulkOperationStatus', 'bulk-status-products-completed', {
        id: 'gid://shopify/BulkOperation/9001',
      }),
      file('products.jsonl'),
      ...ORDERS_OP,
      answer('ProductIdsPage', 'product-ids-page'),
    ]);
    const run = await runSync({ ...second.deps(), stores: first.stores });
    // Then the same run finished from line 4 on, with no product written twice
    expect(run).toMatchObject({ id: left?.id, status: 'succeeded', counts: { products: 3, variants: 5 } });
    expect((await first.stores.catalog.listProducts(SHOP)).items).toHaveLength(3);
    second.queued.assertAllUsed();
  });

  it('starts a new operation when the stored one is unknown to Shopify, waiting while another is in progress', async () => {
    const first = createHarness([
      ...START,
      ...PRODUCTS_OP.slice(0, 1),
      answer('BulkOperationStatus', 'bulk-status-running'),
    ]);
    const crash = new AbortController();
    await expect(
      runSync(
        first.deps(
          {},
          {
            signal: crash.signal,
            log: (event) => (event.type === 'bulk-status' ? crash.abort(new Error('killed')) : undefined),
          },
        ),
      ),
    ).rejects.toThrow('killed');
    const second = createHarness([
      answer('ShopInfo', 'shop-info'),
      answer('BulkOperationStatus', 'bulk-status-unknown', { id: 'gid://shopify/BulkOperation/9001' }),
      answer('BulkOperationRunQuery', 'bulk-run-query-in-progress'),
      answer('BulkOperationRunQuery', 'bulk-run-query-retry'),
      answer('BulkOperationStatus', 'bulk-status-retry-completed', {
        id: 'gid://shopify/BulkOperation/9003',
      }),
      file('products.jsonl'),
      ...ORDERS_OP,
    ]);
    const run = await runSync({ ...second.deps(), stores: first.stores });
    expect(run).toMatchObject({ status: 'succeeded', counts: { products: 3 } });
    expect(second.sleeps).toEqual([1_000]);
    second.queued.assertAllUsed();
  });

  it('fails at once, not resumable, when Shopify denies the bulk query access', async () => {
    const harness = createHarness([
      ...START,
      answer('BulkOperationRunQuery', 'bulk-run-query'),
      answer('BulkOperationStatus', 'bulk-status-access-denied'),
    ]);
    await expect(runSync(harness.deps())).rejects.toThrow(
      'bulk operation gid://shopify/BulkOperation/9001 ended FAILED (ACCESS_DENIED)',
    );
    const run = await harness.stores.syncRuns.latest(SHOP);
    expect(readCursor(run?.cursor ?? null)?.resumable).toBeUndefined();
  });
});
