/**
 * Fills a SQLite database with two weeks of simulated measurement data for `npm run report` to show:
 * `tsx --conditions=tandem-source test/bench/measurement/seed-sample.ts --file <dir>/tandem.sqlite [--shop s]`,
 * then `DATA_DIR=<dir> npm run report -- --shop s`. Data goes through the app's own paths: pixel batches into
 * the events ingest, orders/create payloads through the webhook mapper into the order store and attribution.
 */
import { parseArgs } from 'node:util';
import { attributeOrders, createEventIngest } from '@tandem/web/measurement/index';
import { createDatabase, createStores, migrateToLatest } from '@tandem/web/store/index';
import { mapOrderPayload } from '@tandem/web/webhooks/payload-mappers';
import type { OrderWithLines } from '@tandem/web/domain/index';
import { orderPayload } from '../../integration/measurement/support/in-process.js';
import { simulateCheckouts } from '../../integration/measurement/support/simulation.js';

const { values } = parseArgs({ options: { file: { type: 'string' }, shop: { type: 'string' } } });
if (!values.file) throw new Error('--file <path to tandem.sqlite> is required');
const shop = values.shop ?? 'sample-report.myshopify.com';
const DAYS = 14;
const end = Date.parse(`${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`);
const firstDay = new Date(end - DAYS * 86_400_000).toISOString().slice(0, 10);
const variant = (n: number, priceMinor: number) => ({ id: `gid://shopify/ProductVariant/${n}`, priceMinor });

const database = createDatabase({ kind: 'sqlite', filename: values.file });
await migrateToLatest(database);
const stores = createStores(database);
await stores.shops.markInstalled(shop, {
  scopes: ['read_orders'],
  at: new Date(end - 30 * 86_400_000).toISOString(),
});
await stores.settings.put(shop, { holdoutPct: 30 });
await stores.catalog.upsertProducts(
  shop,
  [101, 201, 301].map((n) => ({
    id: `gid://shopify/Product/${n}`,
    title: `Product ${n}`,
    handle: `product-${n}`,
    productType: 'Coffee',
    vendor: 'Sample',
    status: 'ACTIVE' as const,
    tags: [],
    publishedAt: null,
    imageUrl: null,
    collectionIds: [],
    options: [{ name: 'Size', values: ['S', 'L'] }],
    updatedAt: new Date(end).toISOString(),
    variants: [0, 1].map((tier) => ({
      id: `gid://shopify/ProductVariant/${n + tier}`,
      productId: `gid://shopify/Product/${n}`,
      title: tier ? 'L' : 'S',
      sku: null,
      position: tier + 1,
      priceMinor: [1_200, 1_600, 2_500, 3_200, 4_900, 5_900][((n - 101) / 100) * 2 + tier] ?? 0,
      compareAtPriceMinor: null,
      selectedOptions: [{ name: 'Size', value: tier ? 'L' : 'S' }],
      inventoryQuantity: null,
      availableForSale: true,
      updatedAt: new Date(end).toISOString(),
    })),
  })),
);
const checkouts = simulateCheckouts({
  seed: 42,
  shop,
  checkouts: DAYS * 300,
  holdoutShare: 0.3,
  conversion: 0.6,
  conversionCost: 0.02,
  crossSellRate: 0.25,
  upgradeRate: 0.15,
  days: DAYS,
  firstDay,
  catalog: {
    base: [
      { from: variant(101, 1_200), to: variant(102, 1_600) },
      { from: variant(201, 2_500), to: variant(202, 3_200) },
      { from: variant(301, 4_900), to: variant(302, 5_900) },
    ],
    crossSells: [variant(501, 450), variant(601, 1_500), variant(701, 2_900)],
  },
});
const ingest = createEventIngest({
  stores,
  now: () => new Date(end),
  limits: {
    maxAgeMs: 30 * 86_400_000,
    perIp: { capacity: 1e9, refillPerSecond: 1e9 },
    perShop: { capacity: 1e9, refillPerSecond: 1e9 },
  },
});
// As the pixel would: one request per checkout, many in flight (the ingest groups them into few inserts).
for (let start = 0; start < checkouts.length; start += 200) {
  await Promise.all(
    checkouts
      .slice(start, start + 200)
      .map((checkout) => ingest.ingest(JSON.stringify({ shop, events: checkout.events }))),
  );
}
await ingest.close();
const orders: OrderWithLines[] = [];
checkouts.forEach((checkout, index) => {
  if (checkout.lines === null) return;
  const mapped = mapOrderPayload(orderPayload(checkout, index + 1), 'sample-secret');
  if (mapped.kind === 'ok') orders.push(mapped.value);
});
await stores.orders.upsertOrders(shop, orders);
for (let start = 0; start < orders.length; start += 500)
  await attributeOrders({ stores }, shop, orders.slice(start, start + 500));
await database.close();
process.stdout.write(
  `${JSON.stringify({ shop, from: firstDay, to: new Date(end - 1).toISOString().slice(0, 10), checkouts: checkouts.length, orders: orders.length })}\n`,
);
