/** The Billing API calls Tandem makes, each answering with what Shopify said (userErrors as a refusal). */
import type { BillingSubscription } from '../domain/billing.js';
import type { AdminClient } from '../shopify/admin/client.js';
import {
  AppBillingStateDocument,
  AppSubscriptionCancelDocument,
  AppSubscriptionCreateDocument,
  AppUsageRecordCreateDocument,
  type AppSubscriptionFieldsFragment,
  type CurrencyCode,
} from '../shopify/admin/generated/graphql.js';
import { toDecimal } from './plans.js';

interface UserError {
  readonly field: readonly string[] | null;
  readonly message: string;
}

export type Refusal = { readonly kind: 'refused'; readonly message: string };

const refusal = (errors: readonly UserError[], fallback: string): Refusal => ({
  kind: 'refused',
  message:
    errors
      .map((error) => `${error.field?.join('.') ?? ''}${error.field ? ': ' : ''}${error.message}`)
      .join('; ') || fallback,
});

export interface BillingState {
  readonly active: readonly AppSubscriptionFieldsFragment[];
  /** The subscriptions asked for by id, as they are now (declined, expired, cancelled ones included). */
  readonly known: readonly AppSubscriptionFieldsFragment[];
  readonly developmentStore: boolean;
}

export async function readBillingState(client: AdminClient, ids: readonly string[]): Promise<BillingState> {
  const { data } = await client.request(AppBillingStateDocument, { pendingIds: [...ids] });
  return {
    active: data.currentAppInstallation.activeSubscriptions,
    known: data.nodes.flatMap((node) => (node?.__typename === 'AppSubscription' ? [node] : [])),
    developmentStore: data.shop.plan.partnerDevelopment,
  };
}

export interface GrowthRequest {
  readonly name: string;
  readonly currency: string;
  readonly recurringMinor: number;
  readonly cappedMinor: number;
  /** What the merchant reads on the confirmation page about usage charges. */
  readonly terms: string;
  readonly trialDays: number;
  readonly test: boolean;
  readonly returnUrl: string;
}

export async function createGrowthSubscription(
  client: AdminClient,
  request: GrowthRequest,
): Promise<
  | {
      readonly kind: 'created';
      readonly subscription: AppSubscriptionFieldsFragment;
      readonly confirmationUrl: string;
    }
  | Refusal
> {
  const money = (minor: number) => ({
    amount: toDecimal(minor),
    currencyCode: request.currency as CurrencyCode,
  });
  const { data } = await client.request(AppSubscriptionCreateDocument, {
    name: request.name,
    returnUrl: request.returnUrl,
    trialDays: request.trialDays,
    test: request.test,
    lineItems: [
      {
        plan: {
          appRecurringPricingDetails: { price: money(request.recurringMinor), interval: 'EVERY_30_DAYS' },
        },
      },
      {
        plan: { appUsagePricingDetails: { cappedAmount: money(request.cappedMinor), terms: request.terms } },
      },
    ],
  });
  const payload = data.appSubscriptionCreate;
  if (!payload?.appSubscription || !payload.confirmationUrl || payload.userErrors.length > 0)
    return refusal(payload?.userErrors ?? [], 'appSubscriptionCreate returned no subscription');
  return { kind: 'created', subscription: payload.appSubscription, confirmationUrl: payload.confirmationUrl };
}

export async function cancelSubscription(
  client: AdminClient,
  id: string,
): Promise<{ readonly kind: 'cancelled'; readonly subscription: AppSubscriptionFieldsFragment } | Refusal> {
  // Prorated: the merchant is credited for the unused part of the 30 days.
  const { data } = await client.request(AppSubscriptionCancelDocument, { id, prorate: true });
  const payload = data.appSubscriptionCancel;
  if (!payload?.appSubscription || payload.userErrors.length > 0)
    return refusal(payload?.userErrors ?? [], 'appSubscriptionCancel returned no subscription');
  return { kind: 'cancelled', subscription: payload.appSubscription };
}

export async function createUsageRecord(
  client: AdminClient,
  subscription: Pick<BillingSubscription, 'usageLineItemId' | 'currency'>,
  charge: { readonly key: string; readonly priceMinor: number; readonly description: string },
): Promise<{ readonly kind: 'charged'; readonly id: string } | Refusal> {
  if (subscription.usageLineItemId === null)
    return { kind: 'refused', message: 'the subscription has no usage line item' };
  const { data } = await client.request(AppUsageRecordCreateDocument, {
    subscriptionLineItemId: subscription.usageLineItemId,
    price: { amount: toDecimal(charge.priceMinor), currencyCode: subscription.currency as CurrencyCode },
    description: charge.description,
    // Shopify answers a repeated key with the record it created the first time: a retried job never charges twice.
    idempotencyKey: charge.key,
  });
  const payload = data.appUsageRecordCreate;
  if (!payload?.appUsageRecord || payload.userErrors.length > 0)
    return refusal(payload?.userErrors ?? [], 'appUsageRecordCreate returned no record');
  return { kind: 'charged', id: payload.appUsageRecord.id };
}
