import type { Kysely } from 'kysely';
import { keyed } from './portable.js';

// Merchant choices, measurement and operational records.

export async function createMerchantData(db: Kysely<unknown>): Promise<void> {
  await keyed(
    db,
    db.schema
      .createTable('offers')
      .addColumn('shop', 'text', (c) => c.notNull())
      .addColumn('product_id', 'text', (c) => c.notNull())
      .addColumn('offers', 'text', (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('computed_at', 'text', (c) => c.notNull())
      .addColumn('published_at', 'text')
      .addColumn('published_hash', 'text')
      .addPrimaryKeyConstraint('offers_pk', ['shop', 'product_id']),
  );
  await keyed(
    db,
    db.schema
      .createTable('merchant_rules')
      .addColumn('shop', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('rule_key', 'text', (c) => c.notNull())
      .addColumn('product_id', 'text')
      .addColumn('target_product_id', 'text', (c) => c.notNull())
      .addColumn('target_variant_id', 'text')
      .addColumn('offer_kind', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('merchant_rules_pk', ['shop', 'id'])
      .addUniqueConstraint('merchant_rules_key_uq', ['shop', 'rule_key']),
  );
  await db.schema
    .createTable('settings')
    .addColumn('shop', 'text', (c) => c.primaryKey())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function createMeasurement(db: Kysely<unknown>): Promise<void> {
  await keyed(
    db,
    db.schema
      .createTable('events')
      .addColumn('shop', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('checkout_token', 'text', (c) => c.notNull())
      .addColumn('offer_id', 'text')
      .addColumn('arm', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('occurred_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('events_pk', ['shop', 'id']),
  );
  await db.schema
    .createIndex('events_occurred_idx')
    .on('events')
    .columns(['shop', 'occurred_at', 'id'])
    .execute();
  await keyed(
    db,
    db.schema
      .createTable('attributions')
      .addColumn('shop', 'text', (c) => c.notNull())
      .addColumn('order_id', 'text', (c) => c.notNull())
      .addColumn('line_id', 'text', (c) => c.notNull())
      .addColumn('offer_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('arm', 'text', (c) => c.notNull())
      .addColumn('revenue_minor', 'bigint', (c) => c.notNull())
      .addColumn('quantity', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('attributions_pk', ['shop', 'order_id', 'line_id']),
  );
}

export async function createOperations(db: Kysely<unknown>): Promise<void> {
  await keyed(
    db,
    db.schema
      .createTable('sync_runs')
      .addColumn('shop', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('path', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('cursor', 'text')
      .addColumn('counts', 'text', (c) => c.notNull())
      .addColumn('cost_spent', 'bigint', (c) => c.notNull())
      .addColumn('errors', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('started_at', 'text')
      .addColumn('finished_at', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('sync_runs_pk', ['shop', 'id']),
  );
  await db.schema
    .createIndex('sync_runs_created_idx')
    .on('sync_runs')
    .columns(['shop', 'created_at'])
    .execute();
  await keyed(
    db,
    db.schema
      .createTable('webhook_deliveries')
      .addColumn('shop', 'text', (c) => c.notNull())
      .addColumn('event_id', 'text', (c) => c.notNull())
      .addColumn('topic', 'text', (c) => c.notNull())
      .addColumn('triggered_at', 'text', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('received_at', 'text', (c) => c.notNull())
      .addColumn('processed_at', 'text')
      .addPrimaryKeyConstraint('webhook_deliveries_pk', ['shop', 'event_id']),
  );
  await db.schema
    .createIndex('webhook_deliveries_pending_idx')
    .on('webhook_deliveries')
    .columns(['processed_at', 'shop', 'received_at'])
    .execute();
}
