import { describe, expect, it } from '@jest/globals';
import type { FixtureFactory } from '../../support/db.js';
import { buildAttribution, buildOrder, orderGid } from './builders.js';
import { expectInvalid } from './expect-invalid.js';

export function describeAttributionStoreContract(name: string, fixture: FixtureFactory): void {
  describe(`AttributionStore [${name}]`, () => {
    it('replaces the attributions of an order, so replays never double count', async () => {
      // Given an order attributed twice (a replayed webhook), then re-attributed after a refund
      const { stores, shop } = fixture();
      const first = [
        buildAttribution(1),
        buildAttribution(1, { lineId: 'gid://shopify/LineItem/12', kind: 'upgrade', revenueMinor: 300 }),
      ];
      await stores.attributions.replaceForOrders(shop, [orderGid(1)], first);
      await stores.attributions.replaceForOrders(shop, [orderGid(1)], first);
      await stores.attributions.replaceForOrders(
        shop,
        [orderGid(1)],
        [buildAttribution(1, { revenueMinor: 600 })],
      );
      // Then only the last attribution remains
      expect(await stores.attributions.listForOrders(shop, [orderGid(1)])).toEqual([
        buildAttribution(1, { revenueMinor: 600 }),
      ]);
    });

    it('sums per day of order creation, arm and kind', async () => {
      // Given three attributed orders on two days (order 3 outside the range) and an attribution with no stored order
      const { stores, shop } = fixture();
      await stores.orders.upsertOrders(shop, [
        buildOrder(1, { createdAt: '2025-03-01T10:00:00Z' }),
        buildOrder(2, { createdAt: '2025-03-01T11:00:00Z' }),
        buildOrder(3, { createdAt: '2025-04-01T00:00:00Z' }),
      ]);
      await stores.attributions.replaceForOrders(shop, [1, 2, 3, 4].map(orderGid), [
        buildAttribution(1),
        buildAttribution(1, { lineId: 'gid://shopify/LineItem/12', quantity: 2, revenueMinor: 500 }),
        buildAttribution(2, { arm: 'control' }),
        buildAttribution(3),
        buildAttribution(4),
      ]);
      // When summed over March
      const sums = await stores.attributions.sumByDay(shop, {
        from: '2025-03-01T00:00:00Z',
        to: '2025-04-01T00:00:00Z',
      });
      // Then revenue, quantity and distinct orders add up per group
      expect(sums).toEqual([
        { day: '2025-03-01', arm: 'control', kind: 'xsell', revenueMinor: 1_250, quantity: 1, orders: 1 },
        { day: '2025-03-01', arm: 'treatment', kind: 'xsell', revenueMinor: 1_750, quantity: 3, orders: 1 },
      ]);
    });

    it('keeps shops apart and rejects attributions of other orders', async () => {
      const { stores, shop, otherShop } = fixture();
      await stores.attributions.replaceForOrders(shop, [orderGid(1)], [buildAttribution(1)]);
      await stores.attributions.replaceForOrders(otherShop, [orderGid(1)], []);
      expect(await stores.attributions.listForOrders(shop, [orderGid(1)])).toHaveLength(1);
      expect(await stores.attributions.listForOrders(otherShop, [orderGid(1)])).toEqual([]);
      await expectInvalid(
        stores.attributions.replaceForOrders(shop, [orderGid(1)], [buildAttribution(2)]),
        'attributions[0].orderId',
      );
      await expectInvalid(
        stores.attributions.replaceForOrders(shop, [orderGid(1)], [buildAttribution(1, { quantity: -1 })]),
        'attributions[0].quantity',
      );
      expect(await stores.attributions.listForOrders(shop, [orderGid(1)])).toEqual([buildAttribution(1)]);
    });
  });
}
