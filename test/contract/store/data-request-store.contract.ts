import { describe, expect, it } from '@jest/globals';
import type { FixtureFactory } from '../../support/db.js';

const request = (id: string, receivedAt: string, days = 30) => ({
  id,
  customerId: '9001',
  receivedAt,
  expiresAt: new Date(Date.parse(receivedAt) + days * 86_400_000).toISOString(),
  orders: 2,
});

export function describeDataRequestStoreContract(name: string, fixture: FixtureFactory): void {
  describe(`DataRequestStore [${name}]`, () => {
    it('keeps each request and its export for the shop, newest first, and replaces a redelivered one', async () => {
      const { stores, shop, otherShop } = fixture();
      await stores.dataRequests.save(shop, request('a', '2026-12-01T10:00:00.000Z'), {
        orders: [{ id: 'o1' }],
      });
      await stores.dataRequests.save(shop, request('b', '2026-12-03T10:00:00.000Z'), { orders: [] });
      await stores.dataRequests.save(shop, request('a', '2026-12-01T10:00:00.000Z'), {
        orders: [{ id: 'o2' }],
      });
      await stores.dataRequests.save(otherShop, request('c', '2026-12-02T10:00:00.000Z'), { orders: [] });
      const now = '2026-12-07T00:00:00.000Z';
      expect((await stores.dataRequests.list(shop, now)).map((r) => r.id)).toEqual(['b', 'a']);
      expect(await stores.dataRequests.list(shop, now)).toContainEqual(
        request('a', '2026-12-01T10:00:00.000Z'),
      );
      expect(await stores.dataRequests.exportOf(shop, 'a', now)).toEqual({ orders: [{ id: 'o2' }] });
      expect(await stores.dataRequests.exportOf(shop, 'c', now)).toBeUndefined();
    });

    it('hides and then purges requests 30 days after they arrived', async () => {
      const { stores, shop } = fixture();
      await stores.dataRequests.save(shop, request('old', '2026-11-01T00:00:00.000Z'), { orders: [] });
      await stores.dataRequests.save(shop, request('new', '2026-12-06T00:00:00.000Z'), { orders: [] });
      const now = '2026-12-01T00:00:00.001Z'; // 30 days and a millisecond after the old one
      expect((await stores.dataRequests.list(shop, now)).map((r) => r.id)).toEqual(['new']);
      expect(await stores.dataRequests.exportOf(shop, 'old', now)).toBeUndefined();
      expect(await stores.dataRequests.purgeExpired(now)).toBeGreaterThanOrEqual(1);
      expect(await stores.dataRequests.exportOf(shop, 'old', '2026-11-02T00:00:00.000Z')).toBeUndefined();
      expect(await stores.dataRequests.exportOf(shop, 'new', now)).toEqual({ orders: [] });
    });
  });
}
