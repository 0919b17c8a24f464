import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { Session } from '@shopify/shopify-api';
import { createBilling } from '@tandem/web/billing/index';
import { ADMIN_API_VERSION, loadConfig } from '@tandem/web/config';
import { createServer } from '@tandem/web/http/create-server';
import { createJobQueue } from '@tandem/web/queue/index';
import { createLogger } from '@tandem/web/logger';
import { createAdminClient } from '@tandem/web/shopify/admin/client';
import { createMemoryStores } from '@tandem/web/store/index';
import { createJobHandlers } from '@tandem/web/jobs/handlers';
import type { TandemJobs, TandemQueue } from '@tandem/web/jobs/types';
import { createWebhookProcessor } from '@tandem/web/webhooks/process-delivery';
import { webhookRoute } from '@tandem/web/webhooks/webhook-route';
import { TEST_APP } from '../../support/webhooks.js';

export const SHOP = 'webhook-test.myshopify.com';

/** A payload fixture as raw text (ids above 2^53 stay exact, as Shopify sends them). */
export const payloadText = (name: string): string =>
  readFileSync(new URL(`./payloads/${name}.json`, import.meta.url), 'utf8');

export const payload = (name: string): Record<string, unknown> =>
  JSON.parse(payloadText(name)) as Record<string, unknown>;

export interface WebhookHarnessOptions {
  readonly routeQueue?: Pick<TandemQueue, 'enqueue'>;
  /** The Admin API at the network boundary (a queued fake); without it every Admin call fails. */
  readonly adminFetch?: typeof fetch;
  /** Queue retry delays; tiny by default so retried webhooks finish within a test. */
  readonly backoffMs?: number;
}

/** A fresh app slice per test: the real webhook route, processor, task handler and in-process queue over memory stores. */
export async function buildWebhookHarness(options: WebhookHarnessOptions = {}) {
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
  const queue = createJobQueue<TandemJobs>({
    kind: 'in-process',
    backoff: { baseMs: options.backoffMs ?? 1, maxMs: options.backoffMs ?? 1, jitter: 0 },
  });
  const adminClient = async (shop: string) => {
    if (!options.adminFetch) throw new Error('no Admin API in this webhook test');
    return createAdminClient({
      shop,
      accessToken: 'shpat_x',
      apiVersion: ADMIN_API_VERSION,
      fetch: options.adminFetch,
      maxAttempts: 1,
    });
  };
  const billing = createBilling({
    stores,
    adminClient,
    config: loadConfig({}).billing,
    emulator: false,
    returnUrl: () => 'https://tandem.test/plan',
    logger,
    now: () => new Date(),
  });
  const processWebhook = createWebhookProcessor({
    stores,
    queue,
    logger,
    customerSecret: TEST_APP.apiSecret,
    adminClient,
    shopCurrency: async () => 'EUR',
    billing,
  });
  let finished = 0;
  const waiters: { count: number; resolve: () => void }[] = [];
  queue.onEvent((event) => {
    if (event.kind !== 'completed' && event.kind !== 'failed') return;
    finished += 1;
    for (const waiter of waiters.filter((w) => finished >= w.count)) waiter.resolve();
  });
  const handlers = createJobHandlers({
    stores,
    billing,
    logger,
    adminClient,
    processWebhook,
    customerHashKey: TEST_APP.apiSecret,
    fetch: () => Promise.reject(new Error('no bulk files in webhook tests')),
    now: () => new Date(),
    queue,
    // Webhook tests run no recompute, so no pixel is ever connected with this.
    pixelSettings: { backendUrl: 'https://tandem.test' },
  });
  await queue.start({
    sync: async () => undefined,
    recompute: async () => undefined,
    // No delivery here schedules one (the processor is built without scheduleRollup).
    rollup: async () => undefined,
    webhook: handlers.webhook,
  });
  await stores.shops.markInstalled(SHOP, { scopes: ['read_products'], at: '2026-11-01T00:00:00.000Z' });
  // As the first sync records it; the fixtures' privacy and uninstall bodies name this id.
  await stores.shops.setShopId(SHOP, '548380009');
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
        customerSecret: TEST_APP.apiSecret,
        inbox: stores.inbox,
        shops: stores.shops,
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
