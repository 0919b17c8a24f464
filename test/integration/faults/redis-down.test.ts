import type { ChildProcess } from 'node:child_process';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from '@jest/globals';
import { createEmulator, type Emulator } from '@tandem/emulator';
import { generateDemoShop } from '@tandem/emulator/demo/index';
import { createApp, type App } from '@tandem/web/app';
import { loadConfig } from '@tandem/web/config';
import { migrateToLatest } from '@tandem/web/store/index';
import { Writable } from 'node:stream';
import { HARNESS_APP } from '../../support/app-harness.js';
import { openTestDatabase, type TestDatabase } from '../../support/db.js';
import { eventually } from '../../support/eventually.js';
import { storeInstall } from '../../support/install.js';
import { freePort, killHard, startRedis } from '../../support/processes.js';

// Scale mode with Redis gone: the web process keeps acknowledging webhooks (each is in the database before its 200),
// and once Redis is back the outbox sweep enqueues what it could not, and the worker processes every event once.

const SEED = generateDemoShop({ seed: 41, products: 10, orders: 0, domain: 'redis-down.myshopify.com' });
const SHOP = SEED.shop.domain;
const quiet = new Writable({ write: (_c, _e, done) => done() });

describe('Redis down in scale mode', () => {
  let redis: ChildProcess | undefined;
  let emulator: Emulator | undefined;
  let apps: App[] = [];
  let db: TestDatabase | undefined;
  let server: ReturnType<typeof createServer> | undefined;
  afterEach(async () => {
    for (const app of apps) await app.close().catch(() => undefined);
    apps = [];
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
    await emulator?.close();
    if (redis) await killHard(redis);
    await db?.drop();
  });

  it('keeps acknowledging webhooks, then the worker catches up with every event once', async () => {
    // Given a web process and a worker sharing Postgres and a private Redis, installed in an emulated shop
    const redisPort = await freePort();
    redis = await startRedis(redisPort);
    let handler: RequestListener = (_req, res) => res.writeHead(503).end();
    server = createServer((req, res) => handler(req, res));
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    emulator = await createEmulator({
      apps: [
        {
          ...HARNESS_APP,
          scopes: ['read_products', 'read_orders', 'read_inventory'],
          webhookUri: `${url}/webhooks`,
        },
      ],
      shops: [SEED],
      webhookRetry: { baseDelayMs: 200 },
    });
    const variants = SEED.products.filter((p) => p.status === 'ACTIVE').map((p) => p.variants[0]?.id ?? '');
    for (const variantId of variants)
      await emulator.control.setInventory({ shop: SHOP, variantId, quantity: 10_000 });
    const { accessToken } = await emulator.control.installApp({ shop: SHOP, clientId: HARNESS_APP.clientId });
    db = await openTestDatabase('postgres');
    await migrateToLatest(db.database);
    const base = loadConfig({
      SHOPIFY_EMULATOR_URL: emulator.url,
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      LOG_LEVEL: 'silent',
    });
    const config = {
      ...base,
      shopify: {
        ...base.shopify,
        apiKey: HARNESS_APP.clientId,
        apiSecret: HARNESS_APP.clientSecret,
        appUrl: url,
      },
    };
    const web = await createApp(config, { role: 'web', database: db.database, logDestination: quiet });
    const worker = await createApp(config, {
      role: 'worker',
      database: db.openAnother(),
      logDestination: quiet,
    });
    apps = [web, worker];
    await storeInstall(web.stores, SHOP, accessToken, ['read_orders']);
    handler = web.server;
    web.startTimers(500);
    await worker.startJobs();
    const shopify = emulator;
    const order = async (n: number) =>
      (
        await shopify.control.createOrder({
          shop: SHOP,
          lines: [{ variantId: variants[n % variants.length] ?? '', quantity: 1 }],
        })
      ).id;
    const placed: string[] = [];
    for (let n = 0; n < 10; n += 1) placed.push(await order(n));
    await eventually(async () => expect(await web.stores.orders.countOrders(SHOP)).toBe(10), 30_000);

    // When Redis dies and more orders come in
    const earlier = new Set(
      (await emulator.control.deliveries({ topic: 'orders/create' })).map((d) => d.webhookId),
    );
    await killHard(redis);
    const during: string[] = [];
    for (let n = 10; n < 30; n += 1) during.push(await order(n));
    placed.push(...during);

    // Then the web process acknowledged every one of them at the first attempt, though nothing could be queued
    const acknowledged = await emulator.control.waitForDeliveries(
      { topic: 'orders/create' },
      (deliveries) => deliveries.length === 30 && deliveries.every((d) => d.state === 'delivered'),
      { timeoutMs: 60_000, intervalMs: 100 },
    );
    const late = acknowledged.filter((d) => !earlier.has(d.webhookId));
    expect(late.length).toBe(20);
    expect(late.every((d) => d.attempts.length === 1 && d.attempts[0]?.status === 200)).toBe(true);
    expect((await web.stores.inbox.listUnprocessed(SHOP)).length).toBeGreaterThan(0);

    // And when Redis is back (empty: it kept nothing), every order is processed exactly once
    redis = await startRedis(redisPort);
    await eventually(async () => {
      expect(await web.stores.orders.countOrders(SHOP)).toBe(30);
      expect(await web.stores.inbox.listUnprocessed(SHOP)).toEqual([]);
    }, 90_000);
    for (const id of placed) expect((await web.stores.orders.getOrder(SHOP, id))?.lines).toHaveLength(1);
    expect(await web.stores.orders.countLines(SHOP)).toBe(30);
  }, 240_000);
});
