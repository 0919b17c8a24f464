import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { toMinorUnits } from '@tandem/web/shopify/admin/money';
import { hashCustomerId } from '@tandem/web/shopify/admin/mappers';
import { runSync } from '@tandem/web/sync/index';
import { BACKENDS, openStoreBackend, type StoreBackend } from '../../support/db.js';
import { dumpStore, HASH_KEY, seedCounts, startWorld } from './support.js';

describe.each(BACKENDS)('first sync over HTTP into the %s store', (backend) => {
  let database: StoreBackend;
  beforeAll(async () => {
    database = await openStoreBackend(backend);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('stores every product, variant, order and line of the emulated shop, exactly', async () => {
    // Given an installed demo shop and an empty store
    const world = await startWorld();
    const { stores } = database.fixture();
    try {
      // When the first (full, paged) sync runs
      const run = await runSync(world.deps(stores));
      // Then the run and the store agree with the shop
      const expected = seedCounts(world.seed);
      expect(run).toMatchObject({
        status: 'succeeded',
        path: 'paged',
        counts: {
          products: expected.products,
          variants: expected.variants,
          orders: expected.orders,
          lines: expected.lines,
        },
      });
      const dump = await dumpStore(stores, world.shop);
      expect(dump.counts).toEqual({
        products: expected.products,
        orders: expected.orders,
        lines: expected.lines,
      });
      // And values survived the trip: money exact in minor units, customers only as hashes
      const seeded = world.seed.products[3];
      const stored = dump.products.find((product) => product.id === seeded?.id);
      expect(stored?.variants.map((variant) => variant.priceMinor)).toEqual(
        seeded?.variants.map((variant) => (toMinorUnits(variant.price, 'EUR') as { minor: number }).minor),
      );
      const order = world.seed.orders.find((candidate) => candidate.customerId !== null);
      const storedOrder = await stores.orders.getOrder(world.shop, order?.id ?? '');
      expect(storedOrder?.customerHash).toBe(hashCustomerId(HASH_KEY, order?.customerId ?? ''));
      expect(storedOrder?.totalMinor).toBe(
        (toMinorUnits(order?.totalPrice, 'EUR') as { minor: number }).minor,
      );
      expect(run.costSpent).toBeGreaterThan(0);
    } finally {
      await world.close();
    }
  });

  it('gives the same store through bulk operations as through pages', async () => {
    // Given the same shop synced once page by page and once in bulk, into two stores
    const world = await startWorld();
    const paged = database.fixture();
    const bulk = database.fixture();
    try {
      await runSync(world.deps(paged.stores, { path: 'paged' }));
      const run = await runSync(world.deps(bulk.stores, { path: 'bulk' }));
      // Then the two stores hold identical rows
      expect(run).toMatchObject({ status: 'succeeded', path: 'bulk' });
      const [pagedDump, bulkDump] = await Promise.all([
        dumpStore(paged.stores, world.shop),
        dumpStore(bulk.stores, world.shop),
      ]);
      expect(bulkDump).toEqual(pagedDump);
    } finally {
      await world.close();
    }
  });
});
