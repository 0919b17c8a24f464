import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { createEmulator, type Emulator } from '@tandem/emulator';
import { generateDemoShop } from '@tandem/emulator/demo/index';
import { createDatabase, createStores, migrateToLatest } from '@tandem/web/store/index';
import { sql } from 'kysely';
import { HARNESS_APP } from '../../support/app-harness.js';
import { eventually } from '../../support/eventually.js';
import { storeInstall } from '../../support/install.js';
import { freePort, killHard } from '../../support/processes.js';
import { startAppChild, type AppChildArgs } from './app-child-process.js';

// kill -9 of the web process while Shopify delivers orders/create: every delivery that got a 200 was stored first,
// the emulator retries the rest with the same event id, and the restarted process processes each event once.

const SEED = generateDemoShop({ seed: 31, products: 12, orders: 0, domain: 'web-kill.myshopify.com' });
const SHOP = SEED.shop.domain;
const ORDERS = 120;
const KILL_AFTER = 40;

describe('kill -9 of the web process during webhook delivery', () => {
  let emulator: Emulator | undefined;
  let web: ChildProcess | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    if (web && web.exitCode === null && web.signalCode === null) await killHard(web);
    await emulator?.close();
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it('processes every order exactly once after the restart and the retries', async () => {
    // Given the app in its own process, installed in an emulated shop that retries failed deliveries
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tandem-web-kill-'));
    const sqliteFile = path.join(dir, 'tandem.sqlite');
    const port = await freePort();
    emulator = await createEmulator({
      apps: [
        {
          ...HARNESS_APP,
          scopes: ['read_products', 'write_products', 'read_orders', 'read_inventory'],
          webhookUri: `http://127.0.0.1:${port}/webhooks`,
        },
      ],
      shops: [SEED],
      webhookRetry: { baseDelayMs: 250, retries: 8 },
    });
    const variants = SEED.products.filter((p) => p.status === 'ACTIVE').map((p) => p.variants[0]?.id ?? '');
    // (stock for every order, set before the app is installed so no inventory webhook is sent)
    for (const variantId of variants)
      await emulator.control.setInventory({ shop: SHOP, variantId, quantity: 10_000 });
    const { accessToken } = await emulator.control.installApp({ shop: SHOP, clientId: HARNESS_APP.clientId });
    const setup = createDatabase({ kind: 'sqlite', filename: sqliteFile });
    await migrateToLatest(setup);
    const setupStores = createStores(setup);
    await storeInstall(setupStores, SHOP, accessToken, ['read_orders']);
    await setup.close();
    const args: AppChildArgs = {
      role: 'all',
      database: { kind: 'sqlite', filename: sqliteFile },
      emulatorUrl: emulator.url,
      port,
      ...HARNESS_APP,
    };
    web = await startAppChild(args);

    // When orders are placed, and the web process is killed -9 a third of the way through
    const placed: string[] = [];
    for (let n = 0; n < ORDERS; n += 1) {
      if (n === KILL_AFTER) await killHard(web);
      const order = await emulator.control.createOrder({
        shop: SHOP,
        lines: [{ variantId: variants[n % variants.length] ?? '', quantity: 1 + (n % 3) }],
      });
      placed.push(order.id);
    }
    // (and started again while the emulator is still retrying)
    web = await startAppChild(args);
    // (every topic: the inventory changes the orders caused are retried too, and checked below)
    await emulator.control.waitForDeliveries(
      {},
      (deliveries) =>
        deliveries.filter((d) => d.topic === 'orders/create').length === ORDERS &&
        deliveries.every((d) => d.state === 'delivered'),
      { timeoutMs: 90_000, intervalMs: 200 },
    );

    // Then every order is stored exactly once, and every delivery is processed
    const check = createDatabase({ kind: 'sqlite', filename: sqliteFile });
    try {
      const stores = createStores(check);
      await eventually(async () => {
        expect(await stores.orders.countOrders(SHOP)).toBe(ORDERS);
        expect((await stores.inbox.listUnprocessed(SHOP)).map((d) => d.topic)).toEqual([]);
      }, 60_000);
      const { rows } = await sql<{
        id: string;
        n: number;
      }>`select id, count(*) as n from orders where shop = ${SHOP} group by id`.execute(check.db);
      expect(rows.map((row) => row.id).sort()).toEqual([...placed].sort());
      expect(rows.every((row) => Number(row.n) === 1)).toBe(true);
      // And the inbox holds each event the emulator delivered (orders and the inventory changes they caused) once
      const sent = new Set((await emulator.control.deliveries({})).map((d) => d.webhookId));
      const stored = await sql<{
        webhook_id: string;
      }>`select webhook_id from webhook_deliveries where shop = ${SHOP}`.execute(check.db);
      expect(stored.rows.map((row) => row.webhook_id).sort()).toEqual([...sent].sort());
      expect(await stores.orders.countLines(SHOP)).toBe(ORDERS);
      // And the kill really cut deliveries off: some needed a retry
      const retried = (await emulator.control.deliveries({ topic: 'orders/create' })).filter(
        (d) => d.attempts.length > 1,
      );
      expect(retried.length).toBeGreaterThan(0);
    } finally {
      await check.close();
    }
  }, 240_000);
});
