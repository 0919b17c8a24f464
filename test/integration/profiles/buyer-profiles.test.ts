// Buyer profiles end to end (issue 25): with personalisation on, the recompute after a sync writes each returning
// customer's `$app:tandem`/`profile` metafield in the emulated Shopify; customers/data_request exports it,
// customers/redact deletes it, and turning personalisation off deletes every profile written.
import { afterEach, describe, expect, it } from '@jest/globals';
import { PROFILE_MAX_BYTES, readProfile } from '@tandem/offer-core';
import { generateDemoShop } from '@tandem/emulator/demo/index';
import { migrateToLatest } from '@tandem/web/store/index';
import { HARNESS_APP, startAppHarness, type AppHarness } from '../../support/app-harness.js';
import { openTestDatabase, type TestDatabase } from '../../support/db.js';
import { eventually } from '../../support/eventually.js';

const SEED = generateDemoShop({ seed: 31, products: 12, orders: 300, domain: 'profiles-main.myshopify.com' });
const SHOP = SEED.shop.domain;
const DAY_MS = 86_400_000;

/** The merchant switches personalisation in Settings (the admin's PUT, other settings kept); the response status. */
async function setPersonalise(harness: AppHarness, personalise: boolean): Promise<number> {
  const { token } = await harness.emulator.control.sessionToken({
    shop: SHOP,
    clientId: HARNESS_APP.clientId,
  });
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const current = (await (await fetch(`${harness.url}/api/settings`, { headers })).json()) as {
    settings: Record<string, unknown>;
  };
  const put = await fetch(`${harness.url}/api/settings`, {
    method: 'PUT',
    headers,
    body: JSON.stringify({ ...current.settings, personalise }),
  });
  return put.status;
}

describe('buyer profiles', () => {
  let harness: AppHarness | undefined;
  let db: TestDatabase | undefined;
  afterEach(async () => {
    await harness?.close();
    await db?.drop();
  });

  it('are written only with personalisation on, exported, redacted and deleted when it is turned off', async () => {
    // Given a shop whose merchant turned personalisation on, synced
    db = await openTestDatabase('sqlite');
    await migrateToLatest(db.database);
    harness = await startAppHarness({ seeds: [SEED], database: db.database });
    const { app, emulator } = harness;
    await app.stores.settings.put(SHOP, { personalise: true });
    await harness.openAppAndSync(SHOP);
    const profileOf = (customerId: string) =>
      emulator.engine.metafield(SHOP, customerId, '$app:tandem', 'profile')?.value;

    // Then every customer with orders in the window has a profile within the budget, checkout-readable
    const since = Date.now() - 55 * DAY_MS;
    const recent = SEED.orders.filter((o) => o.customerId !== null && Date.parse(o.createdAt) > since);
    const customers = [...new Set(recent.map((o) => o.customerId ?? ''))];
    expect(customers.length).toBeGreaterThan(5);
    const today = Math.floor(Date.now() / DAY_MS);
    for (const customerId of customers) {
      const value = profileOf(customerId);
      expect(value).toBeDefined();
      expect(new TextEncoder().encode(value).length).toBeLessThanOrEqual(PROFILE_MAX_BYTES);
      expect(readProfile(value, { shop: SHOP, today }).kind).toBe('ok');
      // And it names no person: ids, days and counts only
      expect(value).not.toMatch(/@|name|email|address/i);
    }
    const returning = customers.find(
      (customerId) => recent.filter((o) => o.customerId === customerId).length > 1,
    );
    expect(returning).toBeDefined();
    const target = returning ?? '';

    // When the returning customer orders a product they never bought, the orders/create webhook updates the profile
    const boughtBefore = new Set(
      recent.filter((o) => o.customerId === target).flatMap((o) => o.lineItems.map((l) => l.productId)),
    );
    const fresh = SEED.products.find((product) => !boughtBefore.has(product.id));
    const variantId = fresh?.variants[0]?.id ?? '';
    await emulator.control.createOrder({
      shop: SHOP,
      customerId: target,
      lines: [{ variantId, quantity: 1 }],
    });
    await eventually(async () => {
      const read = readProfile(profileOf(target), { shop: SHOP, today });
      if (read.kind !== 'ok') throw new Error(read.reason);
      expect(read.profile.bought).toContainEqual(
        expect.objectContaining({ productId: fresh?.id, variantId, daysSince: 0 }),
      );
    }, 30_000);

    // When Shopify asks for the customer's data
    await emulator.control.triggerPrivacy({
      topic: 'customers/data_request',
      shop: SHOP,
      customerId: target,
    });
    // Then the export holds the profile, marked live
    await eventually(async () => {
      const [request] = await app.stores.dataRequests.list(SHOP, new Date().toISOString());
      expect(request).toBeDefined();
      const exported = (await app.stores.dataRequests.exportOf(
        SHOP,
        request?.id ?? '',
        new Date().toISOString(),
      )) as {
        buyerProfile: { published: boolean; profile: { shop: string; i: unknown[] } | null };
      };
      expect(exported.buyerProfile.published).toBe(true);
      expect(exported.buyerProfile.profile?.shop).toBe(SHOP);
      expect(exported.buyerProfile.profile?.i.length).toBeGreaterThan(0);
    }, 30_000);

    // When Shopify redacts the customer, the profile metafield is gone
    await emulator.control.triggerPrivacy({ topic: 'customers/redact', shop: SHOP, customerId: target });
    await eventually(async () => expect(profileOf(target)).toBeUndefined(), 30_000);
    expect(profileOf(customers.find((c) => c !== target) ?? '')).toBeDefined();

    // When the merchant turns personalisation off in Settings
    expect(await setPersonalise(harness, false)).toBe(200);
    // Then the republish that follows deletes every profile written, and no customer is remembered
    await eventually(async () => {
      for (const customerId of customers) expect(profileOf(customerId)).toBeUndefined();
      expect((await app.stores.profiles.list(SHOP)).items).toEqual([]);
    }, 30_000);
  });

  it('never writes a profile while personalisation is off (the default), and writes them all once it is turned on', async () => {
    db = await openTestDatabase('sqlite');
    await migrateToLatest(db.database);
    harness = await startAppHarness({ seeds: [SEED], database: db.database });
    const { app, emulator } = harness;
    await harness.openAppAndSync(SHOP);
    const profileOf = (customerId: string) =>
      emulator.engine.metafield(SHOP, customerId, '$app:tandem', 'profile')?.value;
    const customers = [...new Set(SEED.orders.flatMap((o) => (o.customerId === null ? [] : [o.customerId])))];
    for (const customerId of customers) expect(profileOf(customerId)).toBeUndefined();
    expect((await app.stores.profiles.list(SHOP)).items).toEqual([]);

    // When the merchant turns personalisation on in Settings, long after the first sync
    expect(await setPersonalise(harness, true)).toBe(200);

    // Then every customer with orders in the window gets a profile, without waiting for their next order
    const since = Date.now() - 55 * DAY_MS;
    const recent = [
      ...new Set(
        SEED.orders.flatMap((o) =>
          o.customerId !== null && Date.parse(o.createdAt) > since ? [o.customerId] : [],
        ),
      ),
    ];
    expect(recent.length).toBeGreaterThan(5);
    await eventually(async () => {
      for (const customerId of recent) expect(profileOf(customerId)).toBeDefined();
    }, 60_000);
  });
});
