// Buyer profiles of a large shop (issue 25, part 1): at or above PROFILE_BULK_THRESHOLD profiles to write, the
// recompute stages them as a JSONL of metafieldsSet variables (stagedUploadsCreate + a multipart POST to the
// emulator's upload target) and runs bulkOperationRunMutation; below it, metafieldsSet 25 a call as before.
import { afterEach, describe, expect, it } from '@jest/globals';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { PROFILE_MAX_BYTES, readProfile } from '@tandem/offer-core';
import { generateDemoShop } from '@tandem/emulator/demo/index';
import { migrateToLatest } from '@tandem/web/store/index';
import { startAppHarness, type AppHarness } from '../../support/app-harness.js';
import { openTestDatabase, type TestDatabase } from '../../support/db.js';

const SEED = generateDemoShop({ seed: 32, products: 12, orders: 300, domain: 'profiles-bulk.myshopify.com' });
const SHOP = SEED.shop.domain;
const DAY_MS = 86_400_000;

interface CurrentBulk {
  currentBulkOperation: { status: string; type: string; rootObjectCount: string; query: string } | null;
}
const CURRENT_MUTATION = parse(
  '{ currentBulkOperation(type: MUTATION) { status type rootObjectCount query } }',
) as TypedDocumentNode<CurrentBulk, Record<string, never>>;

describe('buyer profiles in bulk', () => {
  let harness: AppHarness | undefined;
  let db: TestDatabase | undefined;
  afterEach(async () => {
    await harness?.close();
    await db?.drop();
  });

  async function syncedShop(threshold: number): Promise<AppHarness> {
    db = await openTestDatabase('sqlite');
    await migrateToLatest(db.database);
    const started = await startAppHarness({
      seeds: [SEED],
      database: db.database,
      // Bulk operations finish in milliseconds rather than seconds.
      timeScale: 50,
      env: { PROFILE_BULK_THRESHOLD: String(threshold) },
    });
    await started.app.stores.settings.put(SHOP, { personalise: true });
    await started.openAppAndSync(SHOP);
    return started;
  }

  const customersWithOrders = (): string[] => {
    const since = Date.now() - 55 * DAY_MS;
    return [
      ...new Set(
        SEED.orders.flatMap((o) =>
          o.customerId !== null && Date.parse(o.createdAt) > since ? [o.customerId] : [],
        ),
      ),
    ];
  };

  it('writes every profile through one bulk mutation once the threshold is reached', async () => {
    // Given a shop with more customers to profile than the threshold
    const customers = customersWithOrders();
    expect(customers.length).toBeGreaterThan(5);
    harness = await syncedShop(5);
    const { app, emulator } = harness;

    // Then every customer with orders in the window has a checkout-readable profile within the budget
    const today = Math.floor(Date.now() / DAY_MS);
    for (const customerId of customers) {
      const value = emulator.engine.metafield(SHOP, customerId, '$app:tandem', 'profile')?.value;
      expect(value).toBeDefined();
      expect(new TextEncoder().encode(value).length).toBeLessThanOrEqual(PROFILE_MAX_BYTES);
      expect(readProfile(value, { shop: SHOP, today }).kind).toBe('ok');
    }
    // And every profile written is recorded as published
    const remembered = (await app.stores.profiles.list(SHOP, { after: null, limit: 1_000 })).items;
    const published = remembered.filter((c) => c.publishedHash !== null).length;
    expect(published).toBeGreaterThanOrEqual(customers.length);
    // And Shopify ran them as one bulk metafieldsSet, 25 profiles a line
    const client = await app.adminClient(SHOP);
    const { data } = await client.request(CURRENT_MUTATION, {});
    expect(data.currentBulkOperation).toMatchObject({ status: 'COMPLETED', type: 'MUTATION' });
    expect(data.currentBulkOperation?.query).toContain('metafieldsSet');
    expect(Number(data.currentBulkOperation?.rootObjectCount)).toBe(Math.ceil(published / 25));
  });

  it('keeps metafieldsSet below the threshold: no bulk operation runs', async () => {
    const customers = customersWithOrders();
    harness = await syncedShop(10_000);
    const { app, emulator } = harness;
    expect((await app.stores.profiles.list(SHOP, { after: null, limit: 1_000 })).items.length).toBeLessThan(
      10_000,
    );
    for (const customerId of customers)
      expect(emulator.engine.metafield(SHOP, customerId, '$app:tandem', 'profile')).toBeDefined();
    const client = await app.adminClient(SHOP);
    const { data } = await client.request(CURRENT_MUTATION, {});
    expect(data.currentBulkOperation).toBeNull();
  });
});
