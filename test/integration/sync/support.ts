/** An in-process emulator over real HTTP, a scaled clock, and store dumps for comparing sync results. */
import { createEmulator, type Emulator, type ShopSeed } from '@tandem/emulator';
import { generateDemoShop } from '@tandem/emulator/demo/index';
import { createAdminClient, type AdminClient } from '@tandem/web/shopify/admin/client';
import type { AdminLogEvent } from '@tandem/web/shopify/admin/types';
import { emulatorFetch } from '@tandem/web/shopify/emulator-fetch';
import type { Stores } from '@tandem/web/store/index';
import type { SyncDeps, SyncEvent, SyncOptions } from '@tandem/web/sync/index';
import { ADMIN_API_VERSION } from '@tandem/web/config';

export const APP = {
  clientId: 'sync-test-client',
  clientSecret: 'sync-test-secret',
  scopes: ['read_products', 'read_orders', 'read_all_orders'],
};
export const HASH_KEY = 'sync-test-hash-key';

/** The emulator restores the bucket and runs bulk operations `scale` times faster; our clock keeps pace. */
export function scaledTime(scale: number) {
  const origin = Date.now();
  const nowMs = () => origin + (Date.now() - origin) * scale;
  return {
    nowMs,
    now: () => new Date(nowMs()),
    sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms / scale)),
  };
}

export interface SyncWorld {
  readonly emulator: Emulator;
  readonly seed: ShopSeed;
  readonly shop: string;
  readonly accessToken: string;
  readonly fetch: typeof fetch;
  readonly time: ReturnType<typeof scaledTime>;
  readonly clientEvents: AdminLogEvent[];
  client(): AdminClient;
  deps(
    stores: Stores,
    options?: Partial<SyncOptions>,
    extra?: Partial<Pick<SyncDeps, 'signal' | 'log'>>,
  ): SyncDeps;
  close(): Promise<void>;
}

/** A demo shop (tier variants, real prices, months of orders) served by a fresh emulator. */
export async function startWorld(
  options: { products?: number; orders?: number; scale?: number; bucketSize?: number } = {},
): Promise<SyncWorld> {
  const seed = generateDemoShop({
    products: options.products ?? 40,
    orders: options.orders ?? 120,
    seed: 7,
    domain: 'sync-test.myshopify.com',
  });
  const scale = options.scale ?? 50;
  const emulator = await createEmulator({
    apps: [APP],
    shops: [seed],
    timeScale: scale,
    ...(options.bucketSize
      ? { shopSettings: { [seed.shop.domain]: { bucketSize: options.bucketSize } } }
      : {}),
  });
  const shop = seed.shop.domain;
  const { accessToken } = await emulator.control.installApp({ shop, clientId: APP.clientId });
  const routed = emulatorFetch(emulator.url);
  const time = scaledTime(scale);
  const clientEvents: AdminLogEvent[] = [];
  const client = () =>
    createAdminClient({
      shop,
      accessToken,
      apiVersion: ADMIN_API_VERSION,
      fetch: routed,
      now: time.nowMs,
      sleep: time.sleep,
      log: (event) => clientEvents.push(event),
    });
  return {
    emulator,
    seed,
    shop,
    accessToken,
    fetch: routed,
    time,
    clientEvents,
    client,
    deps: (stores, syncOptions = {}, extra = {}) => ({
      client: client(),
      stores,
      shop,
      now: time.now,
      sleep: time.sleep,
      fetch: routed,
      options: {
        customerHashKey: HASH_KEY,
        bulkPoll: { initialMs: 500, factor: 1.5, maxMs: 2_000 },
        ...syncOptions,
      },
      ...extra,
    }),
    close: () => emulator.close(),
  };
}

/** Everything a sync wrote for the shop, in a stable order, plus row counts that reveal duplicates. */
export async function dumpStore(stores: Stores, shop: string) {
  const products = [];
  for (let after: string | null = null; ;) {
    const page = await stores.catalog.listProducts(shop, { after, limit: 1_000 });
    products.push(...page.items);
    if (page.nextCursor === null) break;
    after = page.nextCursor;
  }
  const lines = [];
  for await (const batch of stores.orders.streamLines(shop)) lines.push(...batch);
  return {
    products,
    lines,
    counts: {
      products: await stores.catalog.countProducts(shop),
      orders: await stores.orders.countOrders(shop),
      lines: await stores.orders.countLines(shop),
    },
  };
}

/** What the emulated shop holds (all orders: the test app has read_all_orders). */
export function seedCounts(seed: ShopSeed) {
  return {
    products: seed.products.length,
    variants: seed.products.reduce((sum, product) => sum + product.variants.length, 0),
    orders: seed.orders.length,
    lines: seed.orders.reduce((sum, order) => sum + order.lineItems.length, 0),
  };
}

export const eventsOf = (events: SyncEvent[], type: SyncEvent['type']) =>
  events.filter((event) => event.type === type);
