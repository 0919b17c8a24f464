import { fileURLToPath } from 'node:url';
import { Router, type Express } from 'express';
import type { DestinationStream } from 'pino';
import { createBilling } from './billing/index.js';
import type { AppConfig } from './config.js';
import { isShopDomain } from './domain/shop.js';
import { createServer } from './http/create-server.js';
import { frameAncestors } from './http/frame-ancestors.js';
import { adminApiRoutes, adminDevRoutes, adminFrontendRoutes } from './http/routes/admin-routes.js';
import { billingRoutes } from './http/routes/billing-routes.js';
import { eventsRoutes } from './http/routes/events-routes.js';
import { kpisRoutes } from './http/routes/kpis-routes.js';
import { privacyRoutes } from './http/routes/privacy-routes.js';
import { syncRoutes } from './http/routes/sync-routes.js';
import { requireSessionToken } from './http/session-token.js';
import { createInstaller } from './install/installer.js';
import { createOfflineTokens } from './install/offline-tokens.js';
import { createJobQueue } from './queue/index.js';
import { createLogger, type Logger } from './logger.js';
import { createEventIngest } from './measurement/ingest/index.js';
import { createAdminClient, type AdminClient } from './shopify/admin/client.js';
import { ShopInfoDocument } from './shopify/admin/generated/graphql.js';
import { emulatorFetch } from './shopify/emulator-fetch.js';
import { createShopify } from './shopify/shopify-api.js';
import { createDatabase, createStores, migrateToLatest, type Database, type Stores } from './store/index.js';
import { createTokenCipher } from './store/shared/token-cipher.js';
import { createJobHandlers } from './jobs/handlers.js';
import { enqueueNightlyRecompute, enqueueRecurring } from './jobs/recurring.js';
import { rollupScheduler, sweepDirtyRollups } from './jobs/rollup-job.js';
import type { TandemQueue, TandemJobs } from './jobs/types.js';
import { refreshOffers } from './offers/refresh.js';
import { createRepublisher } from './offers/republisher.js';
import { createWebhookProcessor } from './webhooks/process-delivery.js';
import { purgeEvents } from './measurement/retention/purge-events.js';
import { purgeWebhookInbox } from './webhooks/inbox-retention.js';
import { sweepWebhookOutbox } from './webhooks/outbox-sweep.js';
import { webhookRoute } from './webhooks/webhook-route.js';

/**
 * Where Shopify sends the merchant after approving a charge: the embedded app's Plan page (in the Shopify admin; in
 * emulator mode the app's own page, which the local admin frame shows).
 */
function planReturnUrl(config: AppConfig, shop: string): string {
  if (config.shopify.mode === 'emulator')
    return `${config.shopify.appUrl}/plan?shop=${encodeURIComponent(shop)}`;
  const store = shop.replace(/\.myshopify\.com$/, '');
  return `https://admin.shopify.com/store/${store}/apps/${config.shopify.apiKey}/plan`;
}

/** Retention is in days; an hourly purge keeps the inbox small without a query per shop every tick. */
const PURGE_EVERY_MS = 3_600_000;

/** web: serve HTTP and enqueue; worker: run jobs; all: both in one process (the default without Redis). */
export type AppRole = 'web' | 'worker' | 'all';

export interface AppOptions {
  readonly role: AppRole;
  readonly logDestination?: DestinationStream;
  readonly now?: () => Date;
  /** An already open database (tests isolate each run in its own schema); default: opened from config. */
  readonly database?: Database;
  /** Refresh an offline token when less than this is left (default 5 min; tests with short-lived tokens lower it). */
  readonly tokenRefreshMarginMs?: number;
}

export interface App {
  readonly config: AppConfig;
  readonly logger: Logger;
  readonly database: Database;
  readonly stores: Stores;
  readonly queue: TandemQueue;
  readonly server: Express;
  adminClient(shop: string): Promise<AdminClient>;
  /** Starts running jobs (roles worker and all). */
  startJobs(): Promise<void>;
  /**
   * Periodic upkeep from the web role: every `intervalMs`, re-enqueue persisted webhooks that missed the queue
   * and enqueue each installed shop's reconcile when its window comes round. Idempotent across processes.
   */
  startTimers(intervalMs?: number): void;
  /** Graceful: queue first (active jobs finish or are handed back), then the database. */
  close(): Promise<void>;
}

/**
 * The composition root: builds every part from validated config and passes dependencies down. Opens the
 * database (and migrates it) but listens on nothing; index.ts and worker.ts do that.
 */
export async function createApp(config: AppConfig, options: AppOptions): Promise<App> {
  const now = options.now ?? (() => new Date());
  const logger = createLogger(config, options.logDestination);
  const database =
    options.database ??
    createDatabase(
      config.database.kind === 'postgres'
        ? {
            ...config.database,
            onPoolError: (error) => logger.warn({ err: error }, 'a database connection was lost'),
          }
        : config.database,
    );
  try {
    const report = await migrateToLatest(database);
    logger.info({ database: database.target, report }, 'database ready');
  } catch (error) {
    await database.close();
    throw error;
  }
  const stores = createStores(database, { tokenCipher: createTokenCipher(config.tokenKeys) });
  const queue: TandemQueue =
    config.queue.kind === 'bullmq'
      ? createJobQueue<TandemJobs>({
          kind: 'bullmq',
          redisUrl: config.queue.redisUrl,
          concurrency: config.queue.concurrency,
          stalledIntervalMs: config.queue.lockMs,
          serialLockMs: config.queue.lockMs,
          role: options.role === 'web' ? 'producer' : options.role === 'worker' ? 'worker' : 'both',
          logger,
        })
      : createJobQueue<TandemJobs>({ kind: 'in-process', concurrency: config.queue.concurrency, logger });
  const shopify = createShopify(config.shopify, logger);
  const shopifyFetch =
    config.shopify.mode === 'emulator' && config.shopify.emulatorUrl
      ? emulatorFetch(config.shopify.emulatorUrl)
      : fetch;

  // Buyer profiles of large shops go through bulk mutations; the staged upload and result file use the same fetch.
  const profileBulk = { threshold: config.profileBulkThreshold, fetch: shopifyFetch };

  const offlineTokens = createOfflineTokens({
    shopify,
    stores,
    logger,
    now,
    ...(options.tokenRefreshMarginMs === undefined ? {} : { refreshMarginMs: options.tokenRefreshMarginMs }),
  });
  async function adminClient(shop: string): Promise<AdminClient> {
    // Fails at once (before any request) when the shop has no token at all.
    await offlineTokens.accessToken(shop);
    return createAdminClient({
      shop,
      accessToken: {
        token: () => offlineTokens.accessToken(shop),
        refreshAfterUnauthorized: (rejected) => offlineTokens.afterUnauthorized(shop, rejected),
      },
      apiVersion: config.shopify.adminApiVersion,
      fetch: shopifyFetch,
      log: (event) => logger.debug({ shop, admin: event }),
      onAuthFailure: () => void stores.shops.setNeedsReauth(shop, true),
    });
  }

  const currencies = new Map<string, string>();
  async function shopCurrency(shop: string): Promise<string> {
    const known = currencies.get(shop);
    if (known) return known;
    const { data } = await (await adminClient(shop)).request(ShopInfoDocument, {});
    currencies.set(shop, data.shop.currencyCode);
    return data.shop.currencyCode;
  }

  // A merchant rule or discount changed: recompute the shop's offer lists and republish them a moment later
  // (debounced per shop), so the change reaches checkout in seconds while the merchant watches the Offers page.
  // It runs in the web process that took the change, as its state is what that page polls; syncs and the
  // nightly run go through the queue (jobs/recompute-job.ts). Both run the one offers pipeline (offers/refresh.ts).
  const republisher = createRepublisher({
    run: async (shop) => {
      const report = await refreshOffers({ stores, adminClient, now, profileBulk }, shop);
      logger.info(
        { shop, changed: report.changed, discounted: report.discounted, written: report.published.written },
        'offers republished after a merchant change',
      );
    },
    delayMs: 1_000,
    now,
    onError: (shop, error) =>
      logger.warn({ shop, err: error }, 'republishing offers after a merchant change failed'),
  });

  const installer = createInstaller({ shopify, stores, queue, logger, now });
  // KPI rollups run as jobs, never inside a request (jobs/rollup-job.ts).
  const scheduleRollup = rollupScheduler(queue);
  const billing = createBilling({
    stores,
    adminClient,
    config: config.billing,
    emulator: config.shopify.mode === 'emulator',
    returnUrl: (shop) => planReturnUrl(config, shop),
    logger,
    now,
  });
  const processWebhook = createWebhookProcessor({
    stores,
    queue,
    logger,
    customerSecret: config.shopify.apiSecret,
    adminClient,
    shopCurrency,
    billing,
    now,
    scheduleRollup,
  });
  // Public routes (no session token: the web pixel, static assets) go before the authenticated /api router.
  const publicRoutes = Router();
  // The web pixel's offer events: public, so validated, size- and rate-limited (measurement/ingest).
  const eventIngest = createEventIngest({ stores, now, afterStored: scheduleRollup });
  publicRoutes.use(eventsRoutes({ ingest: eventIngest }));
  // Every /api route below is scoped to the shop of a verified session token (authenticatedShop(res)).
  const api = Router();
  api.use('/api', requireSessionToken(shopify, installer));
  api.use(syncRoutes({ stores, queue }));
  api.use(kpisRoutes({ stores, now, scheduleRollup }));
  api.use(privacyRoutes({ stores, now }));
  api.use(billingRoutes(billing));
  api.use(
    adminApiRoutes({
      stores,
      adminClient,
      shopCurrency,
      now,
      onRulesChanged: async (shop) => republisher.schedule(shop),
      onPersonalisationOn: async (shop) => {
        // One such sync at a time; a second switch while it waits is the same job.
        await queue.enqueue(
          'sync',
          { shop, kind: 'full' },
          { idempotencyKey: `personalise-sync:${shop}`, idempotencyWindowMs: 0, serialKey: shop },
        );
      },
      republishState: (shop) => republisher.state(shop),
    }),
  );
  // The embedded admin's built files; in emulator mode also the App Bridge shim and its session tokens.
  publicRoutes.use(
    adminFrontendRoutes({
      distDir: fileURLToPath(new URL('../frontend/dist', import.meta.url)),
      apiKey: config.shopify.apiKey,
      devShim: config.shopify.mode === 'emulator',
    }),
  );
  if (config.shopify.mode === 'emulator' && config.shopify.emulatorUrl) {
    publicRoutes.use(
      adminDevRoutes({
        emulatorUrl: config.shopify.emulatorUrl,
        clientId: config.shopify.apiKey,
        devDir: fileURLToPath(new URL('../frontend/dev', import.meta.url)),
      }),
    );
  }
  if (config.shopify.mode === 'emulator' && config.shopify.emulatorUrl) {
    // The checkout preview and the local admin frame: emulator mode only, loaded lazily (never in production).
    const { previewRoutes, orderJournal } = await import('./dev/index.js');
    const journal = orderJournal(config.dataDir);
    publicRoutes.use(
      previewRoutes({
        emulatorUrl: config.shopify.emulatorUrl,
        stores,
        adminClient,
        logger,
        onOrder: (shop, order) => journal.append(shop, order),
      }),
    );
  }
  const server = createServer({
    logger,
    frameAncestors: frameAncestors({
      verifiedShop: async (idToken) => {
        try {
          const shop = new URL((await shopify.session.decodeSessionToken(idToken)).dest).hostname;
          return isShopDomain(shop) ? shop : undefined;
        } catch {
          return undefined;
        }
      },
      isInstalled: async (shop) => (await stores.shops.get(shop))?.status === 'installed',
      extraSources: config.shopify.mode === 'emulator' ? ["'self'"] : [],
    }),
    readiness: [
      { name: `database (${database.target})`, check: () => database.ping() },
      {
        name: config.queue.kind === 'bullmq' ? 'queue (redis)' : 'queue (in-process)',
        check: () => queue.ping(),
      },
    ],
    rawBodyRoutes: [
      webhookRoute({
        apiSecret: config.shopify.apiSecret,
        customerSecret: config.shopify.apiSecret,
        inbox: stores.inbox,
        shops: stores.shops,
        queue,
        logger,
        now,
      }),
    ],
    routes: [publicRoutes, api],
  });

  let sweepTimer: NodeJS.Timeout | undefined;
  return {
    config,
    logger,
    database,
    stores,
    queue,
    server,
    adminClient,
    async startJobs() {
      await queue.start(
        createJobHandlers({
          stores,
          billing,
          logger,
          adminClient,
          processWebhook,
          customerHashKey: config.shopify.apiSecret,
          fetch: shopifyFetch,
          now,
          queue,
          pixelSettings: { backendUrl: config.shopify.appUrl },
          profileBulk,
        }),
      );
    },
    startTimers(intervalMs = 30_000) {
      let lastPurge = 0;
      const tick = async () => {
        try {
          await sweepWebhookOutbox({
            inbox: stores.inbox,
            queue,
            logger,
            olderThan: new Date(now().getTime() - intervalMs),
          });
          await enqueueRecurring({ shops: stores.shops, syncRuns: stores.syncRuns, queue, logger, now });
          await enqueueNightlyRecompute({ shops: stores.shops, queue, logger, now });
          await sweepDirtyRollups({ stores, scheduleRollup });
          if (now().getTime() - lastPurge >= PURGE_EVERY_MS) {
            await purgeWebhookInbox({ shops: stores.shops, inbox: stores.inbox, logger, now });
            // Data-request exports are kept 30 days (webhooks/data-request-export.ts).
            await stores.dataRequests.purgeExpired(now().toISOString());
            await purgeEvents({ stores, retentionDays: config.eventRetentionDays, logger, now });
            lastPurge = now().getTime();
          }
        } catch (error) {
          logger.warn({ err: error }, 'periodic upkeep failed; next tick retries');
        }
      };
      void tick();
      sweepTimer = setInterval(() => void tick(), intervalMs);
      sweepTimer.unref();
    },
    async close() {
      clearInterval(sweepTimer);
      await queue.close({ graceMs: 10_000 });
      await eventIngest.close();
      await republisher.close();
      await database.close();
    },
  };
}
