import type { Migration } from 'kysely';
import { keyed } from './portable.js';

// Issue 26: charging through Shopify. The shop's app subscriptions as last read from Shopify, and one usage row per
// order that took an offer, keyed by the idempotency key sent to appUsageRecordCreate, so no order is counted or
// charged twice whatever Shopify redelivers.

export const billing: Migration = {
  async up(db) {
    await keyed(
      db,
      db.schema
        .createTable('billing_subscriptions')
        .addColumn('shop', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('test', 'integer', (c) => c.notNull())
        .addColumn('trial_days', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('current_period_end', 'text')
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('recurring_minor', 'integer', (c) => c.notNull())
        .addColumn('usage_line_item_id', 'text')
        .addColumn('capped_minor', 'integer', (c) => c.notNull())
        .addColumn('balance_used_minor', 'integer', (c) => c.notNull())
        .addColumn('included_orders', 'integer', (c) => c.notNull())
        .addColumn('per_order_minor', 'integer', (c) => c.notNull())
        .addColumn('confirmation_url', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('billing_subscriptions_pk', ['shop', 'id']),
    );
    await keyed(
      db,
      db.schema
        .createTable('billing_usage')
        .addColumn('shop', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('order_id', 'text', (c) => c.notNull())
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('price_minor', 'integer', (c) => c.notNull())
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('subscription_id', 'text')
        .addColumn('shopify_id', 'text')
        .addColumn('refusal', 'text')
        .addColumn('message', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('billing_usage_pk', ['shop', 'key']),
    );
    await db.schema
      .createIndex('billing_usage_period_idx')
      .on('billing_usage')
      .columns(['shop', 'period', 'created_at'])
      .execute();
  },
};
