import type { Selectable } from 'kysely';
import type {
  BillingSubscription,
  RefusalReason,
  SubscriptionStatus,
  UsageRecord,
  UsageState,
} from '../../domain/billing.js';
import { NotFoundError } from '../../errors.js';
import type { BillingSubscriptionsTable, BillingUsageTable } from '../database/schema.js';
import type { BillingStore } from '../ports/billing-store.js';
import { checkShop, validateSubscription, validateUsageRecord } from '../validation/index.js';
import type { SqlContext } from './context.js';

const subscriptionRow = (s: BillingSubscription) => ({
  name: s.name,
  status: s.status,
  test: s.test ? 1 : 0,
  trial_days: s.trialDays,
  created_at: s.createdAt,
  current_period_end: s.currentPeriodEnd,
  currency: s.currency,
  recurring_minor: s.recurringMinor,
  usage_line_item_id: s.usageLineItemId,
  capped_minor: s.cappedMinor,
  balance_used_minor: s.balanceUsedMinor,
  included_orders: s.includedOrders,
  per_order_minor: s.perOrderMinor,
  confirmation_url: s.confirmationUrl,
  updated_at: s.updatedAt,
});

const fromSubscriptionRow = (row: Selectable<BillingSubscriptionsTable>): BillingSubscription => ({
  id: row.id,
  name: row.name,
  status: row.status as SubscriptionStatus,
  test: Number(row.test) === 1,
  trialDays: Number(row.trial_days),
  createdAt: row.created_at,
  currentPeriodEnd: row.current_period_end,
  currency: row.currency,
  recurringMinor: Number(row.recurring_minor),
  usageLineItemId: row.usage_line_item_id,
  cappedMinor: Number(row.capped_minor),
  balanceUsedMinor: Number(row.balance_used_minor),
  includedOrders: Number(row.included_orders),
  perOrderMinor: Number(row.per_order_minor),
  confirmationUrl: row.confirmation_url,
  updatedAt: row.updated_at,
});

const usageRow = (r: UsageRecord) => ({
  order_id: r.orderId,
  period: r.period,
  state: r.state,
  price_minor: r.priceMinor,
  currency: r.currency,
  subscription_id: r.subscriptionId,
  shopify_id: r.shopifyId,
  refusal: r.refusal,
  message: r.message,
  created_at: r.createdAt,
  updated_at: r.updatedAt,
});

const fromUsageRow = (row: Selectable<BillingUsageTable>): UsageRecord => ({
  key: row.key,
  orderId: row.order_id,
  period: row.period,
  state: row.state as UsageState,
  priceMinor: Number(row.price_minor),
  currency: row.currency,
  subscriptionId: row.subscription_id,
  shopifyId: row.shopify_id,
  refusal: row.refusal as RefusalReason | null,
  message: row.message,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function createSqlBillingStore({ db }: SqlContext): BillingStore {
  return {
    async saveSubscription(shop, subscription) {
      const row = subscriptionRow(validateSubscription(subscription));
      await db
        .insertInto('billing_subscriptions')
        .values({ shop: checkShop(shop), id: subscription.id, ...row })
        .onConflict((oc) => oc.columns(['shop', 'id']).doUpdateSet(row))
        .execute();
    },
    async subscriptions(shop) {
      const rows = await db
        .selectFrom('billing_subscriptions')
        .selectAll()
        .where('shop', '=', checkShop(shop))
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(fromSubscriptionRow);
    },
    async claimUsage(shop, record) {
      const clean = validateUsageRecord(record);
      // Insert-or-nothing in one statement: two processes claiming one order cannot both win.
      const inserted = await db
        .insertInto('billing_usage')
        .values({ shop: checkShop(shop), key: clean.key, ...usageRow(clean) })
        .onConflict((oc) => oc.columns(['shop', 'key']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return { kind: 'claimed' };
      const existing = await db
        .selectFrom('billing_usage')
        .selectAll()
        .where('shop', '=', shop)
        .where('key', '=', clean.key)
        .executeTakeFirstOrThrow();
      return { kind: 'exists', record: fromUsageRow(existing) };
    },
    async updateUsage(shop, record) {
      const clean = validateUsageRecord(record);
      const result = await db
        .updateTable('billing_usage')
        .set(usageRow(clean))
        .where('shop', '=', checkShop(shop))
        .where('key', '=', clean.key)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0)
        throw new NotFoundError(`Usage record ${clean.key} not found for ${shop}`);
    },
    async countUsage(shop, period, exceptKey) {
      const row = await db
        .selectFrom('billing_usage')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('shop', '=', checkShop(shop))
        .where('period', '=', period)
        .where('key', '<>', exceptKey)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async usageInPeriod(shop, period) {
      const rows = await db
        .selectFrom('billing_usage')
        .selectAll()
        .where('shop', '=', checkShop(shop))
        .where('period', '=', period)
        .orderBy('created_at')
        .orderBy('key')
        .execute();
      return rows.map(fromUsageRow);
    },
  };
}
