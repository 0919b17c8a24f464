/**
 * One sync in its own process, so a test can kill -9 it mid-way. argv[2] is JSON: emulator URL, shop, token, SQLite
 * file, path, time scale, and a per-write delay that stands in for a slow disk (so the kill lands between writes).
 * Prints `progress <phase> <done>` lines on stdout.
 */
import { createAdminClient } from '@tandem/web/shopify/admin/client';
import { emulatorFetch } from '@tandem/web/shopify/emulator-fetch';
import { createDatabase, createStores, type Stores } from '@tandem/web/store/index';
import type { SyncPath } from '@tandem/web/domain/index';
import { runSync } from '@tandem/web/sync/index';
import { HASH_KEY, scaledTime } from './support.js';
import { ADMIN_API_VERSION } from '@tandem/web/config';

interface ChildArgs {
  readonly emulatorUrl: string;
  readonly shop: string;
  readonly accessToken: string;
  readonly sqliteFile: string;
  readonly path: SyncPath;
  readonly scale: number;
  readonly writeDelayMs: number;
}

const args = JSON.parse(process.argv[2] ?? '{}') as ChildArgs;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, args.writeDelayMs));

function slowWrites(stores: Stores): Stores {
  return {
    ...stores,
    catalog: {
      ...stores.catalog,
      upsertProducts: async (shop, products) => (
        await pause(),
        stores.catalog.upsertProducts(shop, products)
      ),
    },
    orders: {
      ...stores.orders,
      upsertOrders: async (shop, orders) => (await pause(), stores.orders.upsertOrders(shop, orders)),
    },
  };
}

const database = createDatabase({ kind: 'sqlite', filename: args.sqliteFile });
const time = scaledTime(args.scale);
const routed = emulatorFetch(args.emulatorUrl);
await runSync({
  client: createAdminClient({
    shop: args.shop,
    accessToken: args.accessToken,
    apiVersion: ADMIN_API_VERSION,
    fetch: routed,
    now: time.nowMs,
    sleep: time.sleep,
  }),
  stores: slowWrites(createStores(database)),
  shop: args.shop,
  now: time.now,
  sleep: time.sleep,
  fetch: routed,
  log: (event) => {
    if (event.type === 'progress') process.stdout.write(`progress ${event.phase} ${event.done}\n`);
  },
  options: {
    customerHashKey: HASH_KEY,
    path: args.path,
    maxPageSize: 10,
    bulkBatchSize: 5,
    bulkPoll: { initialMs: 500, factor: 1.5, maxMs: 2_000 },
  },
});
await database.close();
process.stdout.write('done\n');
