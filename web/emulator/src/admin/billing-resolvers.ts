/**
 * Billing API resolvers (Admin 2026-10): appSubscriptionCreate / appSubscriptionCancel / appUsageRecordCreate and
 * the AppSubscription type; engine/app-billing.ts holds the rules. No access scope is needed (Shopify asks none).
 */
import type { ResolverMap } from '../engine/field-resolver.js';
import {
  cancelAppSubscription,
  createAppSubscription,
  createUsageRecord,
  settleBilling,
  type CreateInput,
  type UsageInput,
} from '../engine/app-billing.js';
import type { UsageRecordRecord } from '../state/app-billing-records.js';
import { paginate, type ConnectionArgs } from './connection.js';
import type { AdminContext } from './context.js';
import { subscriptionView, confirmationUrl } from './app-subscription-view.js';

/** currentAppInstallation.activeSubscriptions: at most one per app and shop. */
export function activeSubscriptions(ctx: AdminContext): object[] {
  settleBilling(ctx.runtime, ctx.shop);
  return [...ctx.shop.appSubscriptions.values()]
    .filter((subscription) => subscription.status === 'ACTIVE')
    .map(subscriptionView);
}

export const billingResolvers: ResolverMap<AdminContext> = {
  AppSubscriptionLineItem: {
    usageRecords: (source, args, ctx) =>
      paginate(
        ((source as { records: readonly UsageRecordRecord[] }).records ?? []).map((record) => ({
          ...record,
        })),
        args as ConnectionArgs,
        null,
        { bulk: ctx.bulk },
      ),
  },
  Mutation: {
    appSubscriptionCreate: (_s, args, ctx) => {
      settleBilling(ctx.runtime, ctx.shop);
      const created = createAppSubscription(ctx.runtime, ctx.shop, args as unknown as CreateInput);
      if (!created.subscription)
        return { appSubscription: null, confirmationUrl: null, userErrors: created.errors };
      return {
        appSubscription: subscriptionView(created.subscription),
        confirmationUrl: confirmationUrl(ctx, created.subscription),
        userErrors: [],
      };
    },
    appSubscriptionCancel: (_s, args, ctx) => {
      const cancelled = cancelAppSubscription(ctx.runtime, ctx.shop, args['id']);
      return {
        appSubscription: cancelled.subscription ? subscriptionView(cancelled.subscription) : null,
        userErrors: cancelled.errors,
      };
    },
    appUsageRecordCreate: (_s, args, ctx) => {
      const created = createUsageRecord(ctx.runtime, ctx.shop, args as unknown as UsageInput);
      if (!created.record) return { appUsageRecord: null, userErrors: created.errors };
      const subscription = [...ctx.shop.appSubscriptions.values()].find((s) =>
        s.lineItems.some((line) => line.id === args['subscriptionLineItemId']),
      );
      const line = subscription ? subscriptionView(subscription) : null;
      return {
        appUsageRecord: {
          ...created.record,
          subscriptionLineItem: (line as { lineItems: object[] } | null)?.lineItems.find(
            (item) => (item as { id: string }).id === args['subscriptionLineItemId'],
          ),
        },
        userErrors: [],
      };
    },
  },
};
