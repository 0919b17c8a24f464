import { afterEach, describe, expect, it } from '@jest/globals';
import type { BillingSubscription, UsageRecord } from '@tandem/web/domain/billing';
import { createQueuedFetch, type QueuedFetch } from '../../support/queued-fetch.js';
import { encodeTandemAttribute } from '@tandem/offer-core';
import { buildWebhookHarness, payload, payloadText, SHOP } from './harness.js';
import { adminResponse, send, type Harness } from './send.js';

// A usage record Shopify refused at the cap is charged once the merchant raises the cap in the same period
// (app_subscriptions/update); one refused because the subscription was no longer active is never retried.

const SUBSCRIPTION = 'gid://shopify/AppSubscription/1029266948';
const USAGE_LINE = 'gid://shopify/AppSubscriptionLineItem/1029266948?v=1&index=1';
// As the store keeps Shopify's currentPeriodEnd (normalised to milliseconds), which names the period.
const PERIOD_END = '2026-12-31T15:05:00.000Z';

const stored: BillingSubscription = {
  id: SUBSCRIPTION,
  name: 'Tandem Growth',
  status: 'ACTIVE',
  test: false,
  trialDays: 0,
  createdAt: '2026-12-01T15:00:00Z',
  currentPeriodEnd: PERIOD_END,
  currency: 'USD',
  recurringMinor: 2_900,
  usageLineItemId: USAGE_LINE,
  cappedMinor: 9_100,
  balanceUsedMinor: 9_100,
  includedOrders: 500,
  perOrderMinor: 10,
  confirmationUrl: null,
  updatedAt: '2026-12-20T00:00:00.000Z',
};

const refused = (order: number, refusal: UsageRecord['refusal']): UsageRecord => ({
  key: `tandem-order-${order}`,
  orderId: `gid://shopify/Order/${order}`,
  period: `sub:${SUBSCRIPTION}:${PERIOD_END}`,
  state: 'refused',
  priceMinor: 10,
  currency: 'USD',
  subscriptionId: SUBSCRIPTION,
  shopifyId: null,
  refusal,
  message:
    refusal === 'cap'
      ? 'Total price exceeds balance remaining'
      : 'The app subscription is frozen, not active',
  createdAt: `2026-12-2${order}T00:00:00.000Z`,
  updatedAt: `2026-12-2${order}T00:00:00.000Z`,
});

const usageCreated = {
  data: {
    appUsageRecordCreate: {
      appUsageRecord: {
        id: 'gid://shopify/AppUsageRecord/77',
        idempotencyKey: 'tandem-order-1',
        price: { amount: '0.1', currencyCode: 'USD' },
      },
      userErrors: [],
    },
  },
};

let harness: Harness | undefined;
let admin: QueuedFetch | undefined;
afterEach(async () => {
  await harness?.close();
  admin?.assertAllUsed();
  harness = admin = undefined;
});

describe('usage charged from webhooks', () => {
  it('is charged, under its own key, once Shopify reports a higher cap; an inactive refusal is not retried', async () => {
    // Given a Growth shop whose cap (91.00) was reached: one order refused at the cap, one while frozen
    admin = createQueuedFetch([
      // Shopify now says the cap is 100.00 (the merchant raised it)
      { operationName: 'AppBillingState', body: adminResponse('app-billing-state-active') },
      { operationName: 'AppUsageRecordCreate', body: usageCreated },
    ]);
    const h = (harness = await buildWebhookHarness({ adminFetch: admin.fetch }));
    await h.stores.billing.saveSubscription(SHOP, stored);
    await h.stores.billing.claimUsage(SHOP, refused(1, 'cap'));
    await h.stores.billing.claimUsage(SHOP, refused(2, 'inactive'));

    // When the subscription update arrives
    expect((await send(h, 'app_subscriptions/update', payloadText('app-subscriptions-update'))).status).toBe(
      200,
    );
    await h.jobsFinished(1);

    // Then only the cap refusal is charged, with its order's idempotency key
    const charge = admin.requests.find((request) => request.operationName === 'AppUsageRecordCreate');
    expect(charge?.variables).toMatchObject({
      subscriptionLineItemId: USAGE_LINE,
      idempotencyKey: 'tandem-order-1',
      price: { amount: '0.10', currencyCode: 'USD' },
    });
    const records = await h.stores.billing.usageInPeriod(SHOP, `sub:${SUBSCRIPTION}:${PERIOD_END}`);
    expect(records.map((r) => [r.key, r.state, r.refusal])).toEqual([
      ['tandem-order-1', 'charged', null],
      ['tandem-order-2', 'refused', 'inactive'],
    ]);
    expect(h.logs.join('')).toContain('refused usage charged after the cap changed');
  });

  it('charges an order at the terms its subscription was approved with, not the current config', async () => {
    // Given a subscriber who approved 0.25 an order with none included (the config now says 0.10 after 500)
    admin = createQueuedFetch([
      {
        operationName: 'AppUsageRecordCreate',
        body: { data: { appUsageRecordCreate: { ...usageCreated.data.appUsageRecordCreate } } },
      },
    ]);
    const h = (harness = await buildWebhookHarness({ adminFetch: admin.fetch }));
    await h.stores.settings.put(SHOP, { holdoutPct: 0 });
    await h.stores.billing.saveSubscription(SHOP, {
      ...stored,
      cappedMinor: 10_000,
      includedOrders: 0,
      perOrderMinor: 25,
    });
    // When an order whose line took a cross-sell arrives
    const order = payload('orders-create') as {
      line_items: { properties: { name: string; value: string }[] }[];
    };
    for (const line of order.line_items)
      line.properties = [
        {
          name: '_tandem',
          value: encodeTandemAttribute({ offerKind: 'xsell', arm: 'treatment', offerId: '1-2' }),
        },
      ];
    expect((await send(h, 'orders/create', JSON.stringify(order))).status).toBe(200);
    await h.jobsFinished(1);
    // Then it is charged 0.25 under its order's key
    const charge = admin.requests.find((request) => request.operationName === 'AppUsageRecordCreate');
    expect(charge?.variables).toMatchObject({
      idempotencyKey: 'tandem-order-820982911946154508',
      price: { amount: '0.25', currencyCode: 'USD' },
    });
  });
});
