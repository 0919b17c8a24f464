// customers/data_request end to end: Shopify's signed webhook → the app stores an export of what it holds for the
// customer → the merchant lists the requests and downloads the JSON from the admin API; another shop sees none.
import { afterEach, describe, expect, it } from '@jest/globals';
import { generateDemoShop } from '@tandem/emulator/demo/index';
import { migrateToLatest } from '@tandem/web/store/index';
import { HARNESS_APP, startAppHarness, type AppHarness } from '../../support/app-harness.js';
import { openTestDatabase, type TestDatabase } from '../../support/db.js';
import { eventually } from '../../support/eventually.js';

const SEED = generateDemoShop({ seed: 21, products: 12, orders: 200, domain: 'privacy-main.myshopify.com' });
const OTHER = generateDemoShop({ seed: 22, products: 4, orders: 5, domain: 'privacy-other.myshopify.com' });

describe('customer data requests', () => {
  let harness: AppHarness | undefined;
  let db: TestDatabase | undefined;
  afterEach(async () => {
    await harness?.close();
    await db?.drop();
  });

  it('lists each request in the admin and offers the customer’s stored data as a JSON download', async () => {
    // Given an installed, synced shop and a customer with recent orders in it
    db = await openTestDatabase('sqlite');
    await migrateToLatest(db.database);
    harness = await startAppHarness({ seeds: [SEED, OTHER], database: db.database });
    await harness.openAppAndSync(SEED.shop.domain);
    await harness.openAppAndSync(OTHER.shop.domain);
    const since = Date.now() - 50 * 86_400_000;
    const order = SEED.orders.find((o) => o.customerId !== null && Date.parse(o.createdAt) > since);
    const customerId = order?.customerId ?? '';
    const theirOrders = SEED.orders.filter(
      (o) => o.customerId === customerId && Date.parse(o.createdAt) > since,
    );
    const api = async (path: string, shop = SEED.shop.domain) => {
      if (!harness) throw new Error('no harness');
      const { token } = await harness.emulator.control.sessionToken({
        shop,
        clientId: HARNESS_APP.clientId,
      });
      return fetch(`${harness.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    };

    // When Shopify sends customers/data_request for that customer
    await harness.emulator.control.triggerPrivacy({
      topic: 'customers/data_request',
      shop: SEED.shop.domain,
      customerId,
    });
    type Listed = {
      requests: { id: string; customerId: string; orders: number; expiresAt: string; receivedAt: string }[];
    };
    let listed: Listed = { requests: [] };
    await eventually(async () => {
      listed = (await (await api('/api/privacy/data-requests')).json()) as Listed;
      expect(listed.requests).toHaveLength(1);
    }, 30_000);

    // Then the admin lists it, kept for 30 days, with the customer's orders counted
    const [request] = listed.requests;
    expect(request?.customerId).toBe(customerId.replace(/\D/g, ''));
    expect(request?.orders).toBeGreaterThanOrEqual(1);
    expect(Date.parse(request?.expiresAt ?? '') - Date.parse(request?.receivedAt ?? '')).toBe(
      30 * 86_400_000,
    );
    // And the download is a JSON file holding those orders and nothing that identifies the person
    const download = await api(`/api/privacy/data-requests/${request?.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="tandem-data-request-${request?.id}.json"`,
    );
    const exported = (await download.json()) as { orders: { id: string }[]; shop: string };
    expect(exported.shop).toBe(SEED.shop.domain);
    // (every order of the last 50 days is in it; the 60-day sync window may add older ones)
    expect(exported.orders.map((o) => o.id)).toEqual(expect.arrayContaining(theirOrders.map((o) => o.id)));
    expect(exported.orders).toHaveLength(request?.orders ?? -1);
    expect(JSON.stringify(exported)).not.toMatch(/@/);
    // And another shop sees no request and cannot download this one
    expect(
      ((await (await api('/api/privacy/data-requests', OTHER.shop.domain)).json()) as Listed).requests,
    ).toEqual([]);
    expect((await api(`/api/privacy/data-requests/${request?.id}`, OTHER.shop.domain)).status).toBe(404);
  });
});
