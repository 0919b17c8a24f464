/** AppSubscription records as the Admin schema's objects (no import of lookup.ts: it reads these for node/nodes). */
import { usageBalance } from '../engine/app-billing.js';
import type { AppSubscriptionRecord } from '../state/app-billing-records.js';
import { numericId } from '../state/gid.js';
import type { AdminContext } from './context.js';

const withTypename = <T extends object>(value: T, typename: string): T & { __typename: string } => ({
  ...value,
  __typename: typename,
});

/** Where the merchant approves the charge: the admin stand-in's confirmation page (server/charge-routes.ts). */
export const confirmationUrl = (
  ctx: Pick<AdminContext, 'runtime' | 'shop'>,
  subscription: AppSubscriptionRecord,
): string =>
  `${ctx.runtime.shopUrl(ctx.shop.shop.domain)}/admin/charges/${numericId(subscription.id)}/confirm_recurring_application_charge`;

/** The AppSubscription object the schema's resolvers read (line items with typed pricing details). */
export function subscriptionView(subscription: AppSubscriptionRecord): object {
  return withTypename(
    {
      ...subscription,
      lineItems: subscription.lineItems.map((line) => ({
        id: line.id,
        records: line.kind === 'usage' ? line.records : [],
        plan: {
          pricingDetails:
            line.kind === 'recurring'
              ? withTypename(
                  { price: line.price, interval: line.interval, discount: null, planHandle: null },
                  'AppRecurringPricing',
                )
              : withTypename(
                  {
                    cappedAmount: line.cappedAmount,
                    balanceUsed: usageBalance(line),
                    interval: 'EVERY_30_DAYS',
                    terms: line.terms,
                  },
                  'AppUsagePricing',
                ),
        },
      })),
    },
    'AppSubscription',
  );
}
