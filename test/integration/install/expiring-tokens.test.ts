// Expiring offline tokens end to end: the app installs with one (also after the non-expiring cut-off), refreshes
// it before it expires and once after a 401, gives up for good when Shopify refuses the refresh (the shop needs
// re-authentication until the merchant opens the app), and refreshes once under load across two processes.
import { afterEach, describe, expect, it } from '@jest/globals';
import { generateDemoShop } from '@tandem/emulator/demo/index';
import { createApp, type App } from '@tandem/web/app';
import { loadConfig } from '@tandem/web/config';
import { ShopUninstalledError } from '@tandem/web/errors';
import { ShopInfoDocument } from '@tandem/web/shopify/admin/generated/graphql';
import { migrateToLatest } from '@tandem/web/store/index';
import { HARNESS_APP, startAppHarness, type AppHarness } from '../../support/app-harness.js';
import { openTestDatabase, type SqlBackend, type TestDatabase } from '../../support/db.js';

const SEED = generateDemoShop({ seed: 9, products: 6, orders: 20, domain: 'tokens-test.myshopify.com' });
const SHOP = SEED.shop.domain;
const HOUR = 3_600_000;

describe('expiring offline tokens', () => {
  let db: TestDatabase | undefined;
  let harness: AppHarness | undefined;
  let second: App | undefined;
  afterEach(async () => {
    await second?.queue.close({ graceMs: 1_000 });
    await harness?.close();
    await db?.drop();
    second = undefined;
  });

  async function start(
    backend: SqlBackend,
    options: Parameters<typeof startAppHarness>[0] extends infer O ? Partial<O> : never,
  ) {
    db = await openTestDatabase(backend);
    await migrateToLatest(db.database);
    harness = await startAppHarness({ seeds: [SEED], database: db.database, ...options });
    return harness;
  }
  const stats = () => harness?.emulator.control.tokenStats({ shop: SHOP, clientId: HARNESS_APP.clientId });
  const storedSession = async () =>
    (await harness?.app.stores.sessions.findSessionsByShop(SHOP))?.find((session) => !session.isOnline);

  it('installs after the non-expiring cut-off and refreshes the token before it expires', async () => {
    // Given Shopify past the cut-off for non-expiring tokens, issuing 6 s tokens; the app refreshes 3 s ahead
    const app = await start('sqlite', {
      tokens: { offlineTtlS: 6, nonExpiringCutoff: '2026-01-01T00:00:00Z' },
      tokenRefreshMarginMs: 3_000,
    });
    // When the merchant opens the app (install by token exchange) and the first sync runs
    await app.openAppAndSync(SHOP);
    // Then it holds an expiring token with a refresh token (a non-expiring request would have been refused)
    const installed = await storedSession();
    expect(installed?.refreshToken).toMatch(/^shprt_/);
    expect((installed?.expires?.getTime() ?? 0) - Date.now()).toBeLessThanOrEqual(6_000);
    const before = (await stats())?.refreshes ?? 0;
    // When its remaining life drops under the margin and the app calls the Admin API
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, (installed?.expires?.getTime() ?? 0) - Date.now() - 2_500)),
    );
    const client = await app.app.adminClient(SHOP);
    const { data } = await client.request(ShopInfoDocument, {});
    // Then the token was refreshed first (no 401 on the way), once, and the new one is stored
    expect(data.shop.name).toBeTruthy();
    expect(await stats()).toMatchObject({ refreshes: before + 1, refused: 0 });
    expect((await storedSession())?.accessToken).not.toBe(installed?.accessToken);
  });

  it('refreshes once on a 401; a refused refresh marks the shop for re-authentication until the app is opened', async () => {
    // Given an installed shop and a Shopify whose clock the test moves (1 h tokens, 2 h refresh tokens)
    let offset = 0;
    const app = await start('sqlite', {
      tokens: { refreshTtlS: 2 * 3_600 },
      emulatorClock: () => Date.now() + offset,
    });
    await app.openAppAndSync(SHOP);
    // When Shopify's clock is 90 minutes ahead: the token the app thinks valid is expired there (401)
    offset = 1.5 * HOUR;
    const client = await app.app.adminClient(SHOP);
    await expect(client.request(ShopInfoDocument, {})).resolves.toMatchObject({ data: { shop: {} } });
    // Then one refresh fixed it
    expect(await stats()).toMatchObject({ refreshes: 1, refused: 0 });

    // When the refresh token has expired too (Shopify 5 h ahead) and a sync runs
    offset = 5 * HOUR;
    await expect(client.request(ShopInfoDocument, {})).rejects.toBeInstanceOf(ShopUninstalledError);
    // Then the shop needs re-authentication, and a sync says why instead of retrying forever
    expect((await app.app.stores.shops.get(SHOP))?.needsReauth).toBe(true);
    expect(await stats()).toMatchObject({ refused: 1 });
    await app.app.queue.enqueue('sync', { shop: SHOP, kind: 'incremental' }, { serialKey: SHOP });
    await app.jobsIdle();
    const run = await app.app.stores.syncRuns.latest(SHOP);
    expect(run?.status).toBe('failed');
    expect(JSON.stringify(run?.errors)).toContain('the merchant must open the app');

    // When the merchant opens the app again (Shopify's clock back in step, so its session token verifies)
    offset = 0;
    await app.openAppAndSync(SHOP);
    // Then a fresh expiring token was exchanged and the shop works again
    expect((await app.app.stores.shops.get(SHOP))?.needsReauth).toBe(false);
    await expect((await app.app.adminClient(SHOP)).request(ShopInfoDocument, {})).resolves.toBeDefined();
  });

  it('refreshes once under load from two processes sharing the database', async () => {
    // Given two app processes over one Postgres database, the shop installed through the first
    let offset = 0;
    const app = await start('postgres', { emulatorClock: () => Date.now() + offset });
    await app.openAppAndSync(SHOP);
    if (!db) throw new Error('no database');
    const config = loadConfig({ SHOPIFY_EMULATOR_URL: app.emulator.url, LOG_LEVEL: 'silent' });
    second = await createApp(
      {
        ...config,
        shopify: {
          ...config.shopify,
          apiKey: HARNESS_APP.clientId,
          apiSecret: HARNESS_APP.clientSecret,
          appUrl: app.url,
        },
      },
      { role: 'web', database: db.openAnother() },
    );
    // When Shopify's clock moves past the token's hour and 40 Admin requests hit both processes at once
    offset = 1.5 * HOUR;
    const clients = await Promise.all([app.app.adminClient(SHOP), second.adminClient(SHOP)]);
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) => clients[i % 2]?.request(ShopInfoDocument, {})),
    );
    // Then every request succeeded after exactly one refresh, and none was refused (no racing refresh tokens)
    expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
    expect(await stats()).toMatchObject({ refreshes: 1, refused: 0 });
    expect((await app.app.stores.shops.get(SHOP))?.needsReauth).toBe(false);
  });
});
