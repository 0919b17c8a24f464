import { describe, expect, it } from '@jest/globals';
import { dataOf, harness, TEST_DOMAIN, type Harness } from '../engine/__fixtures__/harness.js';
import { topicToRest } from './webhook-topics.js';

const CREATE = `mutation Create($name: String!, $lineItems: [AppSubscriptionLineItemInput!]!, $returnUrl: URL!, $trialDays: Int, $test: Boolean) {
  appSubscriptionCreate(name: $name, lineItems: $lineItems, returnUrl: $returnUrl, trialDays: $trialDays, test: $test) {
    appSubscription { id status test trialDays currentPeriodEnd lineItems { id plan { pricingDetails { __typename
      ... on AppRecurringPricing { price { amount currencyCode } interval }
      ... on AppUsagePricing { cappedAmount { amount currencyCode } balanceUsed { amount } terms } } } } }
    confirmationUrl
    userErrors { field message }
  }
}`;

const USAGE = `mutation Usage($id: ID!, $price: MoneyInput!, $key: String) {
  appUsageRecordCreate(subscriptionLineItemId: $id, price: $price, description: "an order", idempotencyKey: $key) {
    appUsageRecord { id idempotencyKey price { amount } }
    userErrors { field message }
  }
}`;

const money = (amount: string, currencyCode = 'USD') => ({ amount, currencyCode });
const growth = (overrides: Record<string, unknown> = {}) => ({
  name: 'Growth',
  returnUrl: 'https://app.example/plan',
  trialDays: 7,
  test: true,
  lineItems: [
    { plan: { appRecurringPricingDetails: { price: money('29.00'), interval: 'EVERY_30_DAYS' } } },
    { plan: { appUsagePricingDetails: { cappedAmount: money('1.00'), terms: '0.50 an order' } } },
  ],
  ...overrides,
});

interface Created {
  appSubscription: { id: string; status: string; lineItems: { id: string }[] } | null;
  confirmationUrl: string | null;
  userErrors: { field: string[] | null; message: string }[];
}

async function create(h: Harness, variables: Record<string, unknown>): Promise<Created> {
  return dataOf(await h.admin(CREATE, variables))['appSubscriptionCreate'] as Created;
}

async function usage(h: Harness, lineId: string, amount: string, key?: string) {
  return dataOf(await h.admin(USAGE, { id: lineId, price: money(amount), key }))['appUsageRecordCreate'] as {
    appUsageRecord: { id: string; idempotencyKey: string | null } | null;
    userErrors: { field: string[] | null; message: string }[];
  };
}

const topics = (h: Harness) =>
  h.events.map((event) => [event.topic, (event.payload['app_subscription'] as { status?: string }).status]);

describe('Billing API', () => {
  it('creates a pending subscription with a confirmation page; approval activates it, one active per app', async () => {
    const h = harness();
    const first = await create(h, growth());
    expect(first.userErrors).toEqual([]);
    expect(first.appSubscription).toMatchObject({
      status: 'PENDING',
      test: true,
      trialDays: 7,
      currentPeriodEnd: null,
    });
    expect(first.confirmationUrl).toMatch(
      /^https:\/\/test-shop\.myshopify\.com\/admin\/charges\/\d+\/confirm_recurring_application_charge$/,
    );
    const id = first.appSubscription?.id ?? '';
    h.engine.decideAppSubscription(TEST_DOMAIN, id, 'approve');
    const second = await create(h, growth({ trialDays: 0 }));
    h.engine.decideAppSubscription(TEST_DOMAIN, second.appSubscription?.id ?? '', 'approve');
    const active = dataOf(
      await h.admin('{ currentAppInstallation { activeSubscriptions { id status currentPeriodEnd } } }'),
    );
    expect(active).toEqual({
      currentAppInstallation: {
        activeSubscriptions: [
          {
            id: second.appSubscription?.id,
            status: 'ACTIVE',
            currentPeriodEnd: new Date(h.now() + 30 * 86_400_000).toISOString().replace('.000Z', 'Z'),
          },
        ],
      },
    });
    // Every status change reached the app as app_subscriptions/update, the replaced one's cancellation too
    expect(topics(h)).toEqual([
      ['app_subscriptions/update', 'PENDING'],
      ['app_subscriptions/update', 'ACTIVE'],
      ['app_subscriptions/update', 'PENDING'],
      ['app_subscriptions/update', 'CANCELLED'],
      ['app_subscriptions/update', 'ACTIVE'],
    ]);
  });

  it('refuses bad input as Shopify does, naming the field', async () => {
    const h = harness();
    const errors = async (overrides: Record<string, unknown>) =>
      (await create(h, growth(overrides))).userErrors;
    expect(await errors({ name: ' ' })).toEqual([{ field: ['name'], message: "Name can't be blank" }]);
    expect(await errors({ trialDays: -1 })).toEqual([
      { field: ['trialDays'], message: 'Trial days must be greater than or equal to 0' },
    ]);
    expect(
      await errors({
        lineItems: [{ plan: { appUsagePricingDetails: { cappedAmount: money('0'), terms: 'x' } } }],
      }),
    ).toEqual([
      {
        field: ['lineItems', '0', 'plan', 'appUsagePricingDetails', 'cappedAmount'],
        message: 'Capped amount must be greater than 0',
      },
    ]);
    expect(
      await errors({
        lineItems: [
          { plan: { appRecurringPricingDetails: { price: money('29.00', 'EUR') } } },
          { plan: { appUsagePricingDetails: { cappedAmount: money('1.00'), terms: 'x' } } },
        ],
      }),
    ).toEqual([{ field: ['lineItems'], message: 'Currency codes must be the same for all line items' }]);
    expect(
      await errors({
        lineItems: [{ plan: { appRecurringPricingDetails: { price: money('29.00', 'JPY') } } }],
      }),
    ).toEqual([
      { field: ['lineItems'], message: "Currency JPY is not supported: use USD or the shop's currency" },
    ]);
    expect(await errors({ lineItems: [{ plan: {} }] })).toEqual([
      {
        field: ['lineItems', '0', 'plan'],
        message: 'A plan has exactly one of appRecurringPricingDetails or appUsagePricingDetails',
      },
    ]);
    expect(await errors({ returnUrl: 'ftp://app.example' })).toEqual([
      { field: ['returnUrl'], message: 'Return url is not a valid URL' },
    ]);
    expect(h.events).toEqual([]);
  });

  it('development stores take test charges only', async () => {
    const h = harness({
      shop: { plan: { displayName: 'Developer Preview', shopifyPlus: false, partnerDevelopment: true } },
    });
    expect((await create(h, growth({ test: false }))).userErrors).toEqual([
      { field: ['test'], message: 'Development stores can only be charged with test charges (test: true)' },
    ]);
    expect((await create(h, growth({ test: true }))).userErrors).toEqual([]);
  });

  it('charges usage up to the cap, once per idempotency key, and warns at 90%', async () => {
    const h = harness();
    const created = await create(h, growth());
    const id = created.appSubscription?.id ?? '';
    const usageLine = created.appSubscription?.lineItems[1]?.id ?? '';
    // Not before approval
    expect((await usage(h, usageLine, '0.50', 'k1')).userErrors).toEqual([
      { field: null, message: 'The app subscription is pending, not active' },
    ]);
    h.engine.decideAppSubscription(TEST_DOMAIN, id, 'approve');
    const first = await usage(h, usageLine, '0.50', 'k1');
    expect(first.userErrors).toEqual([]);
    expect((await usage(h, usageLine, '0.50', 'k1')).appUsageRecord).toEqual(first.appUsageRecord);
    expect((await usage(h, usageLine, '0.40', 'k2')).userErrors).toEqual([]);
    expect((await usage(h, usageLine, '0.20', 'k3')).userErrors).toEqual([
      { field: ['price'], message: 'Total price exceeds balance remaining' },
    ]);
    expect(
      (await usage(h, created.appSubscription?.lineItems[0]?.id ?? '', '0.10', 'k4')).userErrors,
    ).toEqual([
      { field: ['subscriptionLineItemId'], message: 'Subscription line item must have a usage pricing plan' },
    ]);
    expect(h.events.filter((e) => e.topic === 'app_subscriptions/approaching_capped_amount')).toHaveLength(1);
    // A new 30-day period starts with a fresh balance
    h.advance(30 * 86_400_000);
    expect((await usage(h, usageLine, '0.20', 'k3')).userErrors).toEqual([]);
  });

  it('expires a charge left unapproved for two days; cancels an active one', async () => {
    const h = harness();
    const pending = await create(h, growth());
    h.advance(2 * 86_400_000);
    expect(h.engine.appSubscription(TEST_DOMAIN, pending.appSubscription?.id ?? '')?.status).toBe('EXPIRED');
    expect(
      h.engine.decideAppSubscription(TEST_DOMAIN, pending.appSubscription?.id ?? '', 'approve').status,
    ).toBe('EXPIRED');
    const other = await create(h, growth());
    h.engine.decideAppSubscription(TEST_DOMAIN, other.appSubscription?.id ?? '', 'approve');
    const cancel = `mutation { appSubscriptionCancel(id: "${other.appSubscription?.id}", prorate: true) { appSubscription { status } userErrors { field message } } }`;
    expect(dataOf(await h.admin(cancel))['appSubscriptionCancel']).toEqual({
      appSubscription: { status: 'CANCELLED' },
      userErrors: [],
    });
    expect(
      (dataOf(await h.admin(cancel))['appSubscriptionCancel'] as { userErrors: unknown[] }).userErrors,
    ).toEqual([{ field: ['id'], message: 'Subscription is cancelled, not active' }]);
  });

  it('names the subscription topics as Shopify does when an app registers them through GraphQL', () => {
    expect(topicToRest('APP_SUBSCRIPTIONS_UPDATE')).toBe('app_subscriptions/update');
    expect(topicToRest('APP_SUBSCRIPTIONS_APPROACHING_CAPPED_AMOUNT')).toBe(
      'app_subscriptions/approaching_capped_amount',
    );
  });
});
