// A bulk profile write where one customer no longer exists in Shopify: metafieldsSet is atomic, so that customer's
// whole line fails in the bulk operation; its other profiles are written one metafieldsSet at a time instead, the
// missing owner skipped, and nothing already written is lost.
import { describe, expect, it } from '@jest/globals';
import { createEmulator } from '@tandem/emulator';
import { generateDemoShop } from '@tandem/emulator/demo/index';
import { ADMIN_API_VERSION } from '@tandem/web/config';
import type { OrderWithLines } from '@tandem/web/domain/index';
import { syncProfiles } from '@tandem/web/profiles/publish-profiles';
import { createAdminClient } from '@tandem/web/shopify/admin/client';
import { hashCustomerId } from '@tandem/web/shopify/admin/mappers';
import { emulatorFetch } from '@tandem/web/shopify/emulator-fetch';
import { createMemoryStores } from '@tandem/web/store/index';
import { buildLine, buildOrder } from '../../contract/store/builders.js';

const APP = {
  clientId: 'bulk-profiles-test',
  clientSecret: 'bulk-profiles-secret',
  scopes: ['write_customers'],
};
const HASH_KEY = 'bulk-profiles-hash-key';
const DAY_MS = 86_400_000;

describe('bulk profile writes', () => {
  it('write the lines of a missing customer through metafieldsSet, skipping only that customer', async () => {
    // Given 60 customers in Shopify with orders, and a 61st remembered from an order but deleted in Shopify since
    const seed = generateDemoShop({ products: 12, orders: 20, domain: 'bulk-missing.myshopify.com' });
    const shop = seed.shop.domain;
    const existing = Array.from({ length: 60 }, (_, n) => `gid://shopify/Customer/${7_000_000 + n}`);
    const gone = 'gid://shopify/Customer/6999999';
    const emulator = await createEmulator({
      apps: [APP],
      shops: [
        {
          ...seed,
          customers: existing.map((id) => ({
            id,
            email: `${id.slice(-7)}@example.com`,
            firstName: 'A',
            lastName: 'B',
          })),
        },
      ],
      timeScale: 100,
    });
    try {
      const { accessToken } = await emulator.control.installApp({ shop, clientId: APP.clientId });
      const client = createAdminClient({
        shop,
        accessToken,
        apiVersion: ADMIN_API_VERSION,
        fetch: emulatorFetch(emulator.url),
      });
      const stores = createMemoryStores();
      await stores.settings.put(shop, { personalise: true });
      const everyone = [gone, ...existing];
      const now = Date.now();
      const orders: OrderWithLines[] = everyone.map((customerId, n) => {
        const createdAt = new Date(now - (1 + (n % 20)) * DAY_MS).toISOString();
        return buildOrder(n, {
          id: `gid://shopify/Order/${5_000_000 + n}`,
          createdAt,
          customerHash: hashCustomerId(HASH_KEY, customerId),
          checkoutToken: null,
          subtotalMinor: 1000,
          totalMinor: 1000,
          updatedAt: createdAt,
          lines: [0, 1].map((l) =>
            buildLine(10 * n + l, {
              productId: seed.products[(n + 5 * l) % seed.products.length]?.id ?? null,
              variantId: null,
              unitPriceMinor: 500,
              discountedTotalMinor: 500,
            }),
          ),
        });
      });
      await stores.orders.upsertOrders(shop, orders);
      await stores.profiles.remember(
        shop,
        everyone.map((customerId) => ({ customerId, customerHash: hashCustomerId(HASH_KEY, customerId) })),
      );

      // When the profiles are synced in bulk (threshold 1)
      const syncInBulk = () =>
        syncProfiles({
          client,
          stores,
          shop,
          now: () => new Date(now),
          bulk: {
            threshold: 1,
            fetch: emulatorFetch(emulator.url),
            poll: { initialMs: 20, factor: 1.5, maxMs: 200 },
          },
        });
      const report = await syncInBulk();

      // Then one bulk operation ran, and every existing customer has a profile, the missing one is not published
      expect(report.bulkOperations).toBe(1);
      expect(report.written).toBe(existing.length);
      for (const customerId of existing)
        expect(emulator.engine.metafield(shop, customerId, '$app:tandem', 'profile')).toBeDefined();
      const remembered = (await stores.profiles.list(shop, { after: null, limit: 1_000 })).items;
      expect(remembered.find((c) => c.customerId === gone)?.publishedHash).toBeNull();
      expect(remembered.filter((c) => c.publishedHash !== null)).toHaveLength(existing.length);
      // When nothing changed, a second sync writes nothing (the missing customer is tried again, and skipped)
      const again = await syncInBulk();
      expect(again.written).toBe(0);
    } finally {
      await emulator.close();
    }
  });
});
