import { describe, expect, it } from '@jest/globals';
import { Session } from '@shopify/shopify-api';
import { SHOP_TABLES, type Stores } from '@tandem/web/store/index';
import type { FixtureFactory } from '../../support/db.js';
import { buildAttribution, buildEvent, buildOrder, buildProduct, orderGid, productGid } from './builders.js';
import { buildSubscription, buildUsage } from './billing-store.contract.js';

/** Writes at least one row of the shop into every table. */
async function fillShop(stores: Stores, shop: string): Promise<void> {
  await stores.shops.markInstalled(shop, { scopes: ['read_orders'], at: '2025-01-01T00:00:00Z' });
  await stores.sessions.storeSession(
    new Session({ id: `offline_${shop}`, shop, state: 's', isOnline: false, accessToken: 'tok' }),
  );
  await stores.catalog.upsertProducts(shop, [buildProduct(1)]);
  await stores.orders.upsertOrders(shop, [buildOrder(1), buildOrder(2, { customerHash: 'f'.repeat(64) })]);
  await stores.offers.putLists(shop, [
    { productId: productGid(1), offers: [], computedAt: '2025-01-01T00:00:00Z' },
  ]);
  await stores.offers.putModelReport(shop, { computedAt: '2025-01-01T00:00:00Z', orders: 2, selection: {} });
  await stores.rules.add(shop, {
    kind: 'pin',
    productId: productGid(1),
    targetProductId: productGid(2),
    targetVariantId: null,
  });
  await stores.settings.put(shop, { maxOffers: 2 });
  await stores.events.appendMany(shop, [buildEvent()]);
  await stores.measurement.recordCheckouts(shop, [
    {
      checkoutHash: 'c'.repeat(32),
      createdAt: '2025-01-01T10:00:00.000Z',
      arm: 'treatment',
      eligible: true,
      source: 'checkout',
    },
  ]);
  await stores.attributions.replaceForOrders(
    shop,
    [orderGid(1), orderGid(2)],
    [buildAttribution(1), buildAttribution(2)],
  );
  await stores.measurement.putOrderFacts(shop, [
    {
      orderId: orderGid(1),
      createdAt: '2025-01-01T00:01:00.000Z',
      sourceUpdatedAt: '2025-02-01T00:00:00.000Z',
      checkoutHash: 'a'.repeat(32),
      arm: 'treatment',
      currency: 'EUR',
      cancelled: false,
      revenueMinor: 2_500,
      attributedMinor: 1_250,
      offerLines: 1,
      malformedLines: 0,
      armMismatches: 0,
      unpricedUpgrades: 0,
    },
  ]);
  await stores.measurement.markDirty(shop, ['2025-01-01', '2025-01-02']);
  await stores.measurement.putRollups(shop, [{ day: '2025-01-01', payload: {} }], []);
  await stores.syncRuns.create(shop, { kind: 'full', path: 'paged' });
  await stores.refreshLeases.tryAcquire(shop, 'worker-1', 60_000);
  await stores.dataRequests.save(
    shop,
    {
      id: '1',
      customerId: '7',
      receivedAt: '2026-12-01T00:00:00.000Z',
      expiresAt: '2099-01-01T00:00:00.000Z',
      orders: 0,
    },
    { orders: [] },
  );
  await stores.billing.saveSubscription(shop, buildSubscription());
  await stores.billing.claimUsage(shop, buildUsage(1));
  await stores.profiles.remember(shop, [
    { customerId: 'gid://shopify/Customer/7', customerHash: 'f'.repeat(64) },
  ]);
  await stores.inbox.record(shop, {
    webhookId: 'e1',
    topic: 'shop/redact',
    triggeredAt: '2025-01-01T00:00:00Z',
    payload: {},
    receivedAt: '2025-01-01T00:00:00Z',
  });
}

export function describeShopDataContract(name: string, fixture: FixtureFactory): void {
  describe(`ShopData [${name}]`, () => {
    it('deleteShopData leaves no row of the shop in any table, and the other shop whole', async () => {
      // Given two shops with data in every table
      const { stores, shop, otherShop, countRows, listTables } = fixture();
      await fillShop(stores, shop);
      await fillShop(stores, otherShop);
      const before = await countRows?.(otherShop);
      // When one shop is redacted
      await stores.deleteShopData(shop);
      // Then nothing of it remains, through every port
      expect(await stores.shops.get(shop)).toBeUndefined();
      expect(await stores.sessions.findSessionsByShop(shop)).toEqual([]);
      expect(await stores.catalog.countProducts(shop)).toBe(0);
      expect(await stores.orders.countLines(shop)).toBe(0);
      expect(await stores.offers.getList(shop, productGid(1))).toBeUndefined();
      expect(await stores.offers.getModelReport(shop)).toBeUndefined();
      expect(await stores.rules.list(shop)).toEqual([]);
      expect((await stores.settings.get(shop)).maxOffers).toBe(3);
      expect(await stores.events.count(shop)).toBe(0);
      expect(await stores.attributions.listForOrders(shop, [orderGid(1)])).toEqual([]);
      expect(await stores.measurement.getOrderFacts(shop, [orderGid(1)])).toEqual([]);
      expect(await stores.measurement.dirtyDays(shop)).toEqual([]);
      expect(await stores.measurement.rollups(shop, { from: '2025-01-01', to: '2025-12-31' })).toEqual([]);
      expect(await stores.syncRuns.list(shop)).toEqual([]);
      expect(await stores.inbox.get(shop, 'e1')).toBeUndefined();
      expect((await stores.profiles.list(shop)).items).toEqual([]);
      expect(await stores.orders.countOrders(otherShop)).toBe(2);
      if (countRows && listTables) {
        // And, table by table, SHOP_TABLES covers every table and none holds a row of the shop
        expect([...(await listTables())].sort()).toEqual([...SHOP_TABLES].sort());
        const after = await countRows(shop);
        expect(Object.entries(after).filter(([, n]) => n > 0)).toEqual([]);
        const other = await countRows(otherShop);
        expect(other).toEqual(before);
        expect(Object.values(other).every((n) => n > 0)).toBe(true);
      }
    });

    it("deleteCustomerData removes that customer's orders, lines, attributions, events and raw payloads only", async () => {
      // Given two shops with orders of two customers, the pixel events of both checkouts and their raw payloads
      const { stores, shop, otherShop } = fixture();
      const customer = 'f'.repeat(64);
      await fillShop(stores, shop);
      await fillShop(stores, otherShop);
      await stores.events.appendMany(shop, [buildEvent({ checkoutToken: 'checkout-2' })]);
      for (const [webhookId, customerHash] of [
        ['wh-theirs', customer],
        ['wh-other', 'e'.repeat(64)],
      ] as const)
        await stores.inbox.record(shop, {
          webhookId,
          topic: 'orders/create',
          triggeredAt: '2025-01-01T00:00:00Z',
          payload: { email: 'buyer@example.com' },
          receivedAt: '2025-01-01T00:00:00Z',
          customerHash,
        });
      // When the customer is redacted
      expect(await stores.deleteCustomerData(shop, customer)).toEqual({
        orders: 1,
        events: 1,
        deliveries: 1,
      });
      // Then their order, attribution, checkout events and payloads are gone, and everything else stays
      expect(await stores.orders.getOrder(shop, orderGid(2))).toBeUndefined();
      expect(await stores.orders.getOrder(shop, orderGid(1))).toBeDefined();
      expect(await stores.attributions.listForOrders(shop, [orderGid(1), orderGid(2)])).toEqual([
        buildAttribution(1),
      ]);
      expect(await stores.events.count(shop)).toBe(1);
      expect(await stores.inbox.get(shop, 'wh-theirs')).toBeUndefined();
      expect(await stores.inbox.get(shop, 'wh-other')).toBeDefined();
      expect(await stores.orders.getOrder(otherShop, orderGid(2))).toBeDefined();
      expect(await stores.deleteCustomerData(shop, customer)).toEqual({
        orders: 0,
        events: 0,
        deliveries: 0,
      });
    });
  });
}
