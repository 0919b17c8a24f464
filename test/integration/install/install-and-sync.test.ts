import { afterEach, describe, expect, it } from '@jest/globals';
import { generateDemoShop } from '@tandem/emulator/demo/index';
import { migrateToLatest } from '@tandem/web/store/index';
import { openTestDatabase, type SqlBackend, type TestDatabase } from '../../support/db.js';
import { HARNESS_APP, startAppHarness, type AppHarness } from '../../support/app-harness.js';
import { eventually } from '../../support/eventually.js';

const SEED = generateDemoShop({ seed: 7, products: 40, orders: 400, domain: 'install-test.myshopify.com' });
const SHOP = SEED.shop.domain;

describe.each<SqlBackend>(['sqlite', 'postgres'])('install and first sync [%s]', (backend) => {
  let db: TestDatabase | undefined;
  let harness: AppHarness | undefined;
  afterEach(async () => {
    await harness?.close();
    await db?.drop();
  });

  it('installs on the first authenticated request, syncs the shop, then follows webhooks', async () => {
    // Given the app against an emulated shop that has it installed but never opened it
    db = await openTestDatabase(backend);
    await migrateToLatest(db.database);
    harness = await startAppHarness({ seeds: [SEED], database: db.database });
    const { token } = await harness.emulator.control.sessionToken({
      shop: SHOP,
      clientId: HARNESS_APP.clientId,
    });

    // When the embedded admin makes its first API call with App Bridge's session token
    const first = await fetch(`${harness.url}/api/sync`, { headers: { Authorization: `Bearer ${token}` } });
    await eventually(
      async () => expect((await harness?.app.stores.syncRuns.latest(SHOP))?.status).toBe('succeeded'),
      60_000,
    );

    // Then the shop is installed with an offline token, and the first full sync stored the catalog and orders
    expect(first.status).toBe(200);
    const stores = harness.app.stores;
    expect((await stores.shops.get(SHOP))?.status).toBe('installed');
    expect((await stores.sessions.findSessionsByShop(SHOP))[0]?.accessToken).toMatch(/.+/);
    const run = await stores.syncRuns.latest(SHOP);
    expect({ status: run?.status, kind: run?.kind, errors: run?.errors.slice(0, 3) }).toMatchObject({
      status: 'succeeded',
      kind: 'full',
      errors: [],
    });
    expect(await stores.catalog.countProducts(SHOP)).toBe(SEED.products.length);
    const windowStart = Date.parse(run?.startedAt ?? '') - 60 * 86_400_000;
    const recent = SEED.orders.filter((order) => Date.parse(order.createdAt) >= windowStart).length;
    expect(await stores.orders.countOrders(SHOP)).toBe(recent);

    // And a new order placed in the shop arrives by signed webhook
    const variant = SEED.products.find((product) => product.status === 'ACTIVE')?.variants[0];
    const order = await harness.emulator.control.createOrder({
      shop: SHOP,
      lines: [{ variantId: variant?.id ?? '', quantity: 2 }],
    });
    // (other jobs may finish first, so wait for the order itself)
    await eventually(async () => {
      expect((await stores.orders.getOrder(SHOP, order.id))?.lines[0]).toMatchObject({
        variantId: variant?.id,
        quantity: 2,
      });
    }, 60_000);

    // And a request without a valid token is refused
    expect((await fetch(`${harness.url}/api/sync`)).status).toBe(401);
    expect(
      (await fetch(`${harness.url}/api/sync`, { headers: { Authorization: `Bearer ${token}x` } })).status,
    ).toBe(401);
  });
});
