import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { Session } from '@shopify/shopify-api';
import { createServer } from '@tandem/web/http/create-server';
import { createJobQueue } from '@tandem/web/jobs/index';
import { createLogger } from '@tandem/web/logger';
import { createMemoryStores } from '@tandem/web/store/index';
import type { TandemJobs, TandemQueue } from '@tandem/web/tasks/types';
import { createWebhookProcessor } from '@tandem/web/webhooks/process-delivery';
import { webhookRoute } from '@tandem/web/webhooks/webhook-route';
import { TEST_APP } from '../../support/webhooks.js';

export const SHOP = 'webhook-test.myshopify.com';

export const payload = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`./payloads/${name}.json`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;

/** A fresh app slice per test: the real webhook route, processor and in-process queue over memory stores. */
export async function buildWebhookHarness(options: { routeQueue?: Pick<TandemQueue, 'enqueue'> } = {}) {
  const logs: string[] = [];
  const logger = createLogger(
    { logLevel: 'info' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(chunk.toString());
        done();
      },
    }),
  );
  const stores = createMemoryStores();
  const queue = createJobQueue<TandemJobs>({ kind: 'in-process' });
  const processWebhook = createWebhookProcessor({
    stores,
    queue,
    logger,
    customerSecret: TEST_APP.apiSecret,
    adminClient: () => Promise.reject(new Error('no Admin API in webhook tests')),
    shopCurrency: async () => 'EUR',
  });
  let finished = 0;
  const waiters: { count: number; resolve: () => void }[] = [];
  queue.onEvent((event) => {
    if (event.kind !== 'completed' && event.kind !== 'failed') return;
    finished += 1;
    for (const waiter of waiters.filter((w) => finished >= w.count)) waiter.resolve();
  });
  await queue.start({
    sync: async () => undefined,
    recompute: async () => undefined,
    webhook: async ({ shop, eventId }) => {
      await processWebhook(shop, eventId);
    },
  });
  await stores.shops.markInstalled(SHOP, { scopes: ['read_products'], at: '2026-11-01T00:00:00.000Z' });
  const session = new Session({
    id: `offline_${SHOP}`,
    shop: SHOP,
    state: 'x',
    isOnline: false,
    accessToken: 'shpat_x',
    scope: 'read_products',
  });
  await stores.sessions.storeSession(session);
  const server = createServer({
    logger,
    readiness: [],
    rawBodyRoutes: [
      webhookRoute({
        apiSecret: TEST_APP.apiSecret,
        inbox: stores.inbox,
        queue: options.routeQueue ?? queue,
        logger,
        now: () => new Date(),
      }),
    ],
  });
  return {
    server,
    stores,
    queue,
    logs,
    logger,
    /** Resolves once `count` jobs have finished in total. */
    jobsFinished: (count: number) =>
      new Promise<void>((resolve) => (finished >= count ? resolve() : waiters.push({ count, resolve }))),
    close: () => queue.close({ graceMs: 1_000 }),
  };
}
