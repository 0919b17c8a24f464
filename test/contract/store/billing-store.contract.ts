import { describe, expect, it } from '@jest/globals';
import type { BillingSubscription, UsageRecord } from '@tandem/web/domain/billing';
import { NotFoundError } from '@tandem/web/errors';
import type { FixtureFactory } from '../../support/db.js';
import { expectInvalid } from './expect-invalid.js';

export const buildSubscription = (overrides: Partial<BillingSubscription> = {}): BillingSubscription => ({
  id: 'gid://shopify/AppSubscription/1',
  name: 'Tandem Growth',
  status: 'ACTIVE',
  test: true,
  trialDays: 14,
  createdAt: '2026-12-01T10:00:00.000Z',
  currentPeriodEnd: '2026-12-31T10:00:00.000Z',
  currency: 'USD',
  recurringMinor: 2_900,
  usageLineItemId: 'gid://shopify/AppSubscriptionLineItem/1?v=1&index=1',
  cappedMinor: 10_000,
  balanceUsedMinor: 0,
  includedOrders: 500,
  perOrderMinor: 10,
  confirmationUrl: null,
  updatedAt: '2026-12-01T10:00:00.000Z',
  ...overrides,
});

export const buildUsage = (order: number, overrides: Partial<UsageRecord> = {}): UsageRecord => ({
  key: `tandem-order-${order}`,
  orderId: `gid://shopify/Order/${order}`,
  period: 'month:2026-12',
  state: 'included',
  priceMinor: 0,
  currency: 'USD',
  subscriptionId: null,
  shopifyId: null,
  refusal: null,
  message: null,
  createdAt: `2026-12-0${(order % 9) + 1}T00:00:00.000Z`,
  updatedAt: `2026-12-0${(order % 9) + 1}T00:00:00.000Z`,
  ...overrides,
});

export function describeBillingStoreContract(name: string, fixture: FixtureFactory): void {
  describe(`BillingStore [${name}]`, () => {
    it('keeps subscriptions per shop, newest first, and replaces one saved again under its id', async () => {
      const { stores, shop, otherShop } = fixture();
      await stores.billing.saveSubscription(
        shop,
        buildSubscription({ status: 'PENDING', currentPeriodEnd: null }),
      );
      await stores.billing.saveSubscription(
        shop,
        buildSubscription({ id: 'gid://shopify/AppSubscription/2', createdAt: '2026-12-05T00:00:00.000Z' }),
      );
      await stores.billing.saveSubscription(shop, buildSubscription({ balanceUsedMinor: 250 }));
      await stores.billing.saveSubscription(
        otherShop,
        buildSubscription({ id: 'gid://shopify/AppSubscription/3' }),
      );
      const saved = await stores.billing.subscriptions(shop);
      expect(saved.map((s) => s.id)).toEqual([
        'gid://shopify/AppSubscription/2',
        'gid://shopify/AppSubscription/1',
      ]);
      expect(saved[1]).toEqual(buildSubscription({ balanceUsedMinor: 250 }));
    });

    it('claims a usage key once: the second claim returns the stored record untouched', async () => {
      const { stores, shop, otherShop } = fixture();
      expect(
        await stores.billing.claimUsage(shop, buildUsage(7, { state: 'pending', priceMinor: 25 })),
      ).toEqual({
        kind: 'claimed',
      });
      const again = await stores.billing.claimUsage(shop, buildUsage(7, { state: 'included' }));
      expect(again).toEqual({ kind: 'exists', record: buildUsage(7, { state: 'pending', priceMinor: 25 }) });
      // Keys are per shop: another shop's order 7 is its own.
      expect((await stores.billing.claimUsage(otherShop, buildUsage(7))).kind).toBe('claimed');
    });

    it('updates a claimed record and lists a period oldest first', async () => {
      const { stores, shop } = fixture();
      await stores.billing.claimUsage(shop, buildUsage(3));
      await stores.billing.claimUsage(shop, buildUsage(1));
      await stores.billing.claimUsage(shop, buildUsage(2, { period: 'month:2026-11' }));
      const charged = buildUsage(1, {
        state: 'charged',
        priceMinor: 25,
        subscriptionId: 'gid://shopify/AppSubscription/1',
        shopifyId: 'gid://shopify/AppUsageRecord/9',
      });
      await stores.billing.updateUsage(shop, charged);
      expect(await stores.billing.usageInPeriod(shop, 'month:2026-12')).toEqual([charged, buildUsage(3)]);
      expect(await stores.billing.countUsage(shop, 'month:2026-12', 'none')).toBe(2);
      expect(await stores.billing.countUsage(shop, 'month:2026-12', buildUsage(3).key)).toBe(1);
      expect(await stores.billing.countUsage(shop, 'month:2026-10', 'none')).toBe(0);
      await expect(stores.billing.updateUsage(shop, buildUsage(99))).rejects.toBeInstanceOf(NotFoundError);
    });

    it('refuses bad records, naming the field, and stores nothing', async () => {
      const { stores, shop } = fixture();
      await expectInvalid(stores.billing.claimUsage(shop, buildUsage(4, { currency: 'usd' })), 'currency');
      await expectInvalid(stores.billing.claimUsage(shop, buildUsage(4, { priceMinor: -1 })), 'priceMinor');
      await expectInvalid(
        stores.billing.saveSubscription(shop, buildSubscription({ status: 'GONE' as never })),
        'status',
      );
      expect(await stores.billing.usageInPeriod(shop, 'month:2026-12')).toEqual([]);
      expect(await stores.billing.subscriptions(shop)).toEqual([]);
    });
  });
}
