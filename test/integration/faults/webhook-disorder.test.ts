import { afterEach, describe, expect, it } from '@jest/globals';
import { generateDemoShop } from '@tandem/emulator/demo/index';
import type { ProductWithVariants } from '@tandem/web/domain/index';
import { createMemoryStores, migrateToLatest, type Stores } from '@tandem/web/store/index';
import { runSync } from '@tandem/web/sync/index';
import { sql } from 'kysely';
import { HARNESS_APP, startAppHarness, type AppHarness } from '../../support/app-harness.js';
import { openTestDatabase, type TestDatabase } from '../../support/db.js';

// Webhooks as Shopify may deliver them on a bad day: duplicated, out of order, while the Admin API answers 503
// to a share of calls. The store must end as a fault-free full sync of the shop's final state sees it.

const SEED = generateDemoShop({
  seed: 67,
  products: 10,
  orders: 0,
  domain: 'webhook-disorder.myshopify.com',
});
const SHOP = SEED.shop.domain;

/** What webhooks keep up to date: titles, status, tags, prices and stock. */
async function catalogView(stores: Stores) {
  const page = await stores.catalog.listProducts(SHOP, { limit: 1_000 });
  return page.items.map((product: ProductWithVariants) => ({
    id: product.id,
    title: product.title,
    status: product.status,
    tags: product.tags,
    variants: product.variants.map((variant) => ({
      id: variant.id,
      priceMinor: variant.priceMinor,
      inventoryQuantity: variant.inventoryQuantity,
      availableForSale: variant.availableForSale,
    })),
  }));
}

describe('webhooks duplicated and out of order, with an Admin 5xx storm', () => {
  let db: TestDatabase | undefined;
  let harness: AppHarness | undefined;
  afterEach(async () => {
    await harness?.close();
    await db?.drop();
  });

  it('ends with the store a fault-free sync of the final shop gives, each order once', async () => {
    // Given an installed, synced shop
    db = await openTestDatabase('sqlite');
    await migrateToLatest(db.database);
    const h = (harness = await startAppHarness({ seeds: [SEED], database: db.database }));
    await h.openAppAndSync(SHOP);
    const products = SEED.products.filter((product) => product.status === 'ACTIVE');
    const variants = products.map((product) => product.variants[0]?.id ?? '');

    // When webhooks are duplicated and delivered newest-first in threes, and the Admin API fails 30 % of calls
    const control = h.emulator.control;
    await control.injectFault({ kind: 'duplicate-webhook', shop: SHOP, share: 0.4, count: 1_000 });
    await control.injectFault({ kind: 'reorder-webhooks', shop: SHOP, batch: 3, count: 1_000 });
    await control.injectFault({
      kind: 'http-error',
      status: 503,
      target: 'admin',
      shop: SHOP,
      share: 0.3,
      count: 40,
    });
    // (orders, stock changes, and the same few products renamed again and again, so order matters)
    const placed: string[] = [];
    for (let n = 0; n < 30; n += 1) {
      const order = await control.createOrder({
        shop: SHOP,
        lines: [{ variantId: variants[n % variants.length] ?? '', quantity: 1 }],
      });
      placed.push(order.id);
      await control.setInventory({
        shop: SHOP,
        variantId: variants[(n + 1) % variants.length] ?? '',
        quantity: 40 + n,
      });
      const renamed = products[n % 3];
      if (renamed)
        await control.updateProduct({
          shop: SHOP,
          productId: renamed.id,
          patch: { title: `${renamed.title} · ${n}` },
        });
    }
    // (faults off; a held batch still waits for its third delivery: place orders until nothing is held. Not product
    // updates: two updates of one product within a millisecond carry the same updated_at, and no receiver can
    // order those)
    await control.resetFaults();
    while ((await control.deliveries({ shop: SHOP })).some((d) => d.state === 'held'))
      placed.push(
        (await control.createOrder({ shop: SHOP, lines: [{ variantId: variants[0] ?? '', quantity: 1 }] }))
          .id,
      );
    const deliveries = await control.waitForDeliveries(
      { shop: SHOP },
      (all) => all.every((d) => d.state === 'delivered'),
      { timeoutMs: 60_000, intervalMs: 100 },
    );
    await h.jobsIdle();

    // Then the faults really happened: copies were sent, and some deliveries went out newest-first
    expect(deliveries.filter((d) => d.copy === 2).length).toBeGreaterThan(5);
    const firstSent = deliveries
      .filter((d) => d.copy === 1)
      .sort((a, b) => a.triggeredAt.localeCompare(b.triggeredAt))
      .map((d) => d.attempts[0]?.at ?? '');
    expect(firstSent.filter((at, i) => i > 0 && at < (firstSent[i - 1] ?? '')).length).toBeGreaterThan(5);
    // And the catalog equals what a fault-free full sync of the final shop stores
    const reference = createMemoryStores();
    const run = await runSync({
      client: await h.app.adminClient(SHOP),
      stores: reference,
      shop: SHOP,
      now: () => new Date(),
      options: { kind: 'full', customerHashKey: HARNESS_APP.clientSecret },
    });
    expect(run.status).toBe('succeeded');
    expect(await catalogView(h.app.stores)).toEqual(await catalogView(reference));
    // And every order is stored once with its line, and each delivered event once in the inbox, all processed
    const { rows } = await sql<{
      id: string;
      n: number;
    }>`select id, count(*) as n from orders where shop = ${SHOP} group by id`.execute(db.database.db);
    expect(rows.map((row) => row.id).sort()).toEqual([...placed].sort());
    expect(rows.every((row) => Number(row.n) === 1)).toBe(true);
    expect(await h.app.stores.orders.countLines(SHOP)).toBe(placed.length);
    const inbox = await sql<{
      webhook_id: string;
    }>`select webhook_id from webhook_deliveries where shop = ${SHOP}`.execute(db.database.db);
    expect(inbox.rows.map((row) => row.webhook_id).sort()).toEqual(
      [...new Set(deliveries.map((d) => d.webhookId))].sort(),
    );
    expect(await h.app.stores.inbox.listUnprocessed(SHOP)).toEqual([]);
  }, 180_000);
});
