import { afterEach, describe, expect, it } from '@jest/globals';
import { generateDemoShop } from '@tandem/emulator/demo/index';
import { SHOP_TABLES, migrateToLatest } from '@tandem/web/store/index';
import { HARNESS_APP, startAppHarness, type AppHarness } from '../../support/app-harness.js';
import {
  countShopRows,
  listTables,
  openTestDatabase,
  type SqlBackend,
  type TestDatabase,
} from '../../support/db.js';
import { signedWebhookHeaders } from '../../support/webhooks.js';

const SEED = generateDemoShop({ seed: 21, products: 25, orders: 300, domain: 'privacy-main.myshopify.com' });
const OTHER = generateDemoShop({ seed: 22, products: 10, orders: 40, domain: 'privacy-other.myshopify.com' });
const SHOP = SEED.shop.domain;
const BUYER_EMAIL = 'hostile.buyer+secret@example.com';

describe.each<SqlBackend>(['sqlite', 'postgres'])('privacy and secrets [%s]', (backend) => {
  let db: TestDatabase | undefined;
  let harness: AppHarness | undefined;
  afterEach(async () => {
    await harness?.close();
    await db?.drop();
  });

  it('after uninstall and shop/redact no row of the shop is left in any table, and no secret was ever logged', async () => {
    // Given two installed, synced shops, logging everything, with rules, settings and a buyer's order
    db = await openTestDatabase(backend);
    await migrateToLatest(db.database);
    const h = (harness = await startAppHarness({
      seeds: [SEED, OTHER],
      database: db.database,
      logLevel: 'trace',
    }));
    const tokens: string[] = [];
    for (const shop of [SHOP, OTHER.shop.domain]) {
      const { token } = await h.emulator.control.sessionToken({ shop, clientId: HARNESS_APP.clientId });
      tokens.push(token);
      expect(
        (await fetch(`${h.url}/api/sync`, { headers: { Authorization: `Bearer ${token}` } })).status,
      ).toBe(200);
    }
    await h.jobsIdle();
    const product = SEED.products.find((candidate) => candidate.status === 'ACTIVE');
    await h.app.stores.rules.add(SHOP, {
      kind: 'exclude',
      productId: null,
      targetProductId: product?.id ?? '',
      targetVariantId: null,
    });
    await h.app.stores.settings.put(SHOP, { maxOffers: 2 });
    const webhook = async (topic: string, payload: unknown) => {
      const body = JSON.stringify(payload);
      const response = await fetch(`${h.url}/webhooks`, {
        method: 'POST',
        headers: signedWebhookHeaders(body, { topic, shop: SHOP, secret: HARNESS_APP.clientSecret }),
        body,
      });
      expect(response.status).toBe(200);
      await h.jobsIdle();
    };
    // Shopify's bodies carry the shop's numeric id, which the first sync recorded
    const shopId = (await h.app.stores.shops.get(SHOP))?.shopId;
    expect(shopId).toMatch(/^\d+$/);
    await webhook('customers/data_request', {
      shop_id: Number(shopId),
      shop_domain: SHOP,
      customer: { id: 4242, email: BUYER_EMAIL, phone: '+4712345678' },
      orders_requested: [],
      data_request: { id: 1 },
    });
    const otherBefore = await countShopRows(db.database, OTHER.shop.domain);
    const filled = Object.entries(await countShopRows(db.database, SHOP)).filter(([, rows]) => rows > 0);
    expect(filled.map(([table]) => table)).toEqual(
      expect.arrayContaining([
        'shops',
        'sessions',
        'products',
        'variants',
        'orders',
        'order_lines',
        'offers',
        'merchant_rules',
        'settings',
        'sync_runs',
        'data_requests',
      ]),
    );

    // When the merchant uninstalls, and Shopify sends shop/redact
    await webhook('app/uninstalled', { id: Number(shopId), domain: SHOP, myshopify_domain: SHOP });
    await webhook('shop/redact', { shop_id: Number(shopId), shop_domain: SHOP });

    // Then, table by table (every table the database has), nothing of the shop remains; the other shop is whole
    expect((await listTables(db.database, backend)).sort()).toEqual([...SHOP_TABLES].sort());
    const left = await countShopRows(db.database, SHOP);
    expect(Object.entries(left).filter(([, rows]) => rows > 0)).toEqual([]);
    expect(await countShopRows(db.database, OTHER.shop.domain)).toEqual(otherBefore);

    // And no secret or buyer detail ever reached the log, though everything was logged at trace level
    const logs = h.logs();
    expect(logs.length).toBeGreaterThan(10_000);
    const secrets = {
      apiSecret: HARNESS_APP.clientSecret,
      accessToken: (await h.app.stores.sessions.findSessionsByShop(OTHER.shop.domain))[0]?.accessToken ?? '',
      sessionToken: tokens[0] ?? '',
      sessionTokenSignature: tokens[0]?.split('.')[2] ?? '',
      buyerEmail: BUYER_EMAIL,
      buyerPhone: '+4712345678',
    };
    expect(secrets.accessToken.length).toBeGreaterThan(10);
    for (const [name, secret] of Object.entries(secrets))
      expect({ name, logged: logs.includes(secret) }).toEqual({ name, logged: false });
  });
});
