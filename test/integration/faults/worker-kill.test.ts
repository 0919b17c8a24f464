import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from '@jest/globals';
import { createEmulator, type Emulator } from '@tandem/emulator';
import { generateDemoShop } from '@tandem/emulator/demo/index';
import { createJobQueue } from '@tandem/web/queue/index';
import { recomputeOffers } from '@tandem/web/offers/recompute';
import { offerListValue } from '@tandem/web/offers/publish-offers';
import { createAdminClient } from '@tandem/web/shopify/admin/client';
import { emulatorFetch } from '@tandem/web/shopify/emulator-fetch';
import { createStores, migrateToLatest, type Database } from '@tandem/web/store/index';
import { runSync } from '@tandem/web/sync/index';
import type { TandemJobs, TandemQueue } from '@tandem/web/jobs/types';
import { sql } from 'kysely';
import { HARNESS_APP } from '../../support/app-harness.js';
import { openTestDatabase, type TestDatabase } from '../../support/db.js';
import { eventually } from '../../support/eventually.js';
import { storeInstall } from '../../support/install.js';
import { freePort, killHard, startRedis } from '../../support/processes.js';
import { startAppChild } from './app-child-process.js';
import { ADMIN_API_VERSION } from '@tandem/web/config';

// kill -9 of a worker in scale mode, once in the middle of a shop's first sync and once as the recompute and
// publish that follow it begin: the next worker resumes the sync where it stopped and reruns the recompute, and
// the database ends identical to a fault-free sync and recompute of the same shop, with every offer list live.

const SEED = generateDemoShop({ seed: 53, products: 80, orders: 600, domain: 'worker-kill.myshopify.com' });
const SHOP = SEED.shop.domain;
const SCOPES = ['read_products', 'write_products', 'read_orders', 'read_all_orders', 'read_inventory'];

/** The shop's synced data and computed offers, as rows the two databases can be compared by. */
async function snapshot(database: Database) {
  const rows = async (table: string, order: string) =>
    (
      await sql<
        Record<string, unknown>
      >`select * from ${sql.table(table)} where shop = ${SHOP} order by ${sql.raw(order)}`.execute(
        database.db,
      )
    ).rows;
  const offers = (await rows('offers', 'product_id')).map(({ product_id, offers: list, content_hash }) => ({
    product_id,
    list,
    content_hash,
  }));
  return {
    products: await rows('products', 'id'),
    variants: await rows('variants', 'id'),
    orders: await rows('orders', 'id'),
    lines: await rows('order_lines', 'order_id, line_id'),
    offers,
  };
}

describe('kill -9 of a worker during sync and recompute', () => {
  let emulator: Emulator | undefined;
  let redis: ChildProcess | undefined;
  let workers: ChildProcess[] = [];
  let queue: TandemQueue | undefined;
  const databases: TestDatabase[] = [];
  afterEach(async () => {
    for (const worker of workers) await killHard(worker);
    workers = [];
    await queue?.close({ graceMs: 0 });
    if (redis) await killHard(redis);
    await emulator?.close();
    for (const db of databases.splice(0)) await db.drop();
  });

  it('resumes the sync, reruns the recompute, and ends as a fault-free run does', async () => {
    // Given a shop on a small rate limit, so its first sync takes seconds, and a fault-free sync + recompute of it
    emulator = await createEmulator({
      apps: [{ ...HARNESS_APP, scopes: SCOPES }],
      shops: [SEED],
      shopSettings: { [SHOP]: { restoreRate: 100, bucketSize: 400 } },
    });
    const { accessToken } = await emulator.control.installApp({ shop: SHOP, clientId: HARNESS_APP.clientId });
    const reference = await openTestDatabase('postgres');
    databases.push(reference);
    await migrateToLatest(reference.database);
    const referenceStores = createStores(reference.database);
    await storeInstall(referenceStores, SHOP, accessToken, SCOPES);
    const fetch = emulatorFetch(emulator.url);
    const referenceRun = await runSync({
      client: createAdminClient({ shop: SHOP, accessToken, apiVersion: ADMIN_API_VERSION, fetch }),
      stores: referenceStores,
      shop: SHOP,
      now: () => new Date(),
      fetch,
      options: { kind: 'full', customerHashKey: HARNESS_APP.clientSecret },
    });
    expect(referenceRun.status).toBe('succeeded');
    await recomputeOffers({ stores: referenceStores, shop: SHOP, now: () => new Date() });
    const expected = await snapshot(reference.database);
    expect(expected.orders.length).toBe(SEED.orders.length);
    expect(expected.offers.length).toBeGreaterThan(SEED.products.length / 2);

    // And scale mode: workers in their own processes on Postgres and a private Redis
    const db = await openTestDatabase('postgres');
    databases.push(db);
    await migrateToLatest(db.database);
    const stores = createStores(db.database);
    await storeInstall(stores, SHOP, accessToken, SCOPES);
    const redisPort = await freePort();
    redis = await startRedis(redisPort);
    const redisUrl = `redis://127.0.0.1:${redisPort}`;
    const startWorker = async () => {
      const worker = await startAppChild({
        role: 'worker',
        database: db.options,
        redisUrl,
        lockMs: 3_000,
        emulatorUrl: emulator?.url ?? '',
        ...HARNESS_APP,
      });
      workers.push(worker);
      return worker;
    };
    queue = createJobQueue<TandemJobs>({ kind: 'bullmq', redisUrl, concurrency: 1, role: 'producer' });

    // When the shop's first sync is queued and its worker is killed -9 partway through it
    let worker = await startWorker();
    await queue.enqueue(
      'sync',
      { shop: SHOP, kind: 'full' },
      { idempotencyKey: `install-sync:${SHOP}`, serialKey: SHOP },
    );
    const interrupted = await eventually(
      async () => {
        const run = await stores.syncRuns.latest(SHOP);
        expect(run?.status).toBe('running');
        expect(run?.counts['products'] ?? 0).toBeGreaterThan(0);
        return run;
      },
      60_000,
      25,
    );
    await killHard(worker);
    expect((await stores.syncRuns.get(SHOP, interrupted?.id ?? ''))?.finishedAt).toBeNull();

    // And a second worker picks the job up, and is killed -9 as soon as the sync succeeded (recompute starting)
    worker = await startWorker();
    await eventually(
      async () => {
        expect((await stores.syncRuns.latest(SHOP))?.status).toBe('succeeded');
      },
      120_000,
      25,
    );
    await killHard(worker);

    // And a third worker finishes what is left
    await startWorker();
    await eventually(
      async () => {
        const { waiting, active } = await (queue as TandemQueue).stats();
        expect({ waiting, active }).toEqual({ waiting: 0, active: 0 });
        const lists = await stores.offers.listUnpublished(SHOP, { limit: 1 });
        expect(lists.items).toEqual([]);
        expect((await snapshot(db.database)).offers.length).toBe(expected.offers.length);
      },
      150_000,
      250,
    );

    // Then the interrupted run was resumed, not restarted, and succeeded (a sync job killed after its run succeeded
    // reruns as a whole: one more full run, which must succeed too)
    const runs = await stores.syncRuns.list(SHOP);
    expect(runs.at(-1)).toMatchObject({ id: interrupted?.id, status: 'succeeded' });
    expect(runs.filter((run) => run.status !== 'succeeded')).toEqual([]);
    // And the database holds exactly what the fault-free run holds: catalog, orders, lines and offers
    const actual = await snapshot(db.database);
    expect(actual.products).toEqual(expected.products);
    expect(actual.variants).toEqual(expected.variants);
    expect(actual.orders).toEqual(expected.orders);
    expect(actual.lines).toEqual(expected.lines);
    expect(actual.offers).toEqual(expected.offers);
    // And every list is live in checkout exactly as stored (no half-written publish)
    for (const { product_id: productId } of actual.offers) {
      const list = await stores.offers.getList(SHOP, String(productId));
      expect(list?.publishedHash).toBe(list?.contentHash);
      const live = await emulator.control.metafield({
        shop: SHOP,
        ownerId: String(productId),
        namespace: '$app:tandem',
        key: 'offers',
      });
      expect(live?.value).toBe(offerListValue(list ?? { offers: [] }));
    }
  }, 300_000);
});
