import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs/promises';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from '@jest/globals';
import { createApp, type App } from '@tandem/web/app';
import { loadConfig } from '@tandem/web/config';
import { sql } from 'kysely';
import { eventually } from '../../support/eventually.js';
import { createPostgresCluster, type PostgresCluster } from '../../support/postgres-cluster.js';
import { freePort } from '../../support/processes.js';
import { signedWebhookHeaders, TEST_APP } from '../../support/webhooks.js';

// Postgres restarted under webhook traffic: while it is down /readyz says so and no webhook is acknowledged
// (Shopify retries those), the pool reconnects when it is back, and every acknowledged delivery is stored and
// processed once. A private cluster is stopped and started, so no other suite loses its database.

const SHOP = 'postgres-restart.myshopify.com';
const TEMPLATE = JSON.parse(
  await fs.readFile(new URL('../webhooks/payloads/orders-create.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const BASE_ID = 5_500_000_000_000;

function delivery(n: number) {
  const id = BASE_ID + n;
  const body = JSON.stringify({ ...TEMPLATE, id, admin_graphql_api_id: `gid://shopify/Order/${id}` });
  return {
    body,
    headers: signedWebhookHeaders(body, { topic: 'orders/create', shop: SHOP, webhookId: `restart-${n}` }),
  };
}

describe('Postgres restarted mid-run', () => {
  let cluster: PostgresCluster | undefined;
  let app: App | undefined;
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
    await app?.close().catch(() => undefined);
    await cluster?.destroy();
  });

  it('reports the outage on /readyz, acknowledges nothing it could not store, and reconnects', async () => {
    // Given the app on its own Postgres, taking orders/create webhooks
    cluster = await createPostgresCluster(await freePort());
    const base = loadConfig({
      DATABASE_URL: cluster.url,
      SHOPIFY_EMULATOR_URL: 'http://127.0.0.1:9',
      LOG_LEVEL: 'silent',
    });
    app = await createApp(
      { ...base, shopify: { ...base.shopify, apiKey: TEST_APP.apiKey, apiSecret: TEST_APP.apiSecret } },
      { role: 'all', logDestination: new Writable({ write: (_c, _e, done) => done() }) },
    );
    await app.stores.shops.markInstalled(SHOP, { scopes: ['read_orders'], at: new Date().toISOString() });
    await app.startJobs();
    app.startTimers(500);
    const listening = (server = createServer(app.server));
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const send = async (n: number) => {
      const { body, headers } = delivery(n);
      try {
        return (await fetch(`${url}/webhooks`, { method: 'POST', headers, body })).status;
      } catch {
        return 0;
      }
    };
    const readiness = async () => {
      const response = await fetch(`${url}/readyz`);
      return {
        status: response.status,
        body: (await response.json()) as { checks: { name: string; ok: boolean }[] },
      };
    };
    const acked = new Set<number>();
    for (let n = 0; n < 20; n += 1) if ((await send(n)) === 200) acked.add(n);
    expect(acked.size).toBe(20);
    expect((await readiness()).status).toBe(200);

    // When Postgres goes down hard (connections cut) while webhooks keep coming, and comes back a few seconds later
    const refused: number[] = [];
    let n = 20;
    await cluster.stop('immediate');
    const down = await eventually(async () => {
      const ready = await readiness();
      expect(ready.status).toBe(503);
      return ready.body;
    }, 10_000);
    for (; n < 40; n += 1) {
      const status = await send(n);
      if (status === 200) acked.add(n);
      else refused.push(n);
    }
    await cluster.start();
    await eventually(async () => expect((await readiness()).status).toBe(200), 30_000);
    for (; n < 60; n += 1) if ((await send(n)) === 200) acked.add(n);

    // Then /readyz named the database while it was down, and nothing was acknowledged that could not be stored
    expect(down.checks.find((check) => check.name.startsWith('database'))?.ok).toBe(false);
    expect(refused).toEqual(Array.from({ length: 20 }, (_, i) => 20 + i));
    expect(acked.size).toBe(40);
    // And Shopify's retries of the refused deliveries (same event ids) are taken now
    for (const retry of refused) expect(await send(retry)).toBe(200);
    // And every delivery is stored once and processed, each order once
    const stores = app.stores;
    await eventually(async () => {
      expect(await stores.orders.countOrders(SHOP)).toBe(60);
      expect(await stores.inbox.listUnprocessed(SHOP)).toEqual([]);
    }, 60_000);
    const { rows } = await sql<{
      webhook_id: string;
    }>`select webhook_id from webhook_deliveries where shop = ${SHOP}`.execute(app.database.db);
    expect(rows.map((row) => row.webhook_id).sort()).toEqual(
      Array.from({ length: 60 }, (_, i) => `restart-${i}`).sort(),
    );
    expect(await stores.orders.countLines(SHOP)).toBe(60 * (TEMPLATE['line_items'] as unknown[]).length);
  }, 120_000);
});
