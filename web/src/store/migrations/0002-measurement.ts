import type { Migration } from 'kysely';
import { keyed } from './portable.js';

// Measurement: per-order facts from attribution, daily KPI rollups and the days waiting to be rolled up again.
// Takes Kysely<unknown> like every migration: it must not depend on today's Schema type.

export const measurement: Migration = {
  async up(db) {
    await keyed(
      db,
      db.schema
        .createTable('order_facts')
        .addColumn('shop', 'text', (c) => c.notNull())
        .addColumn('order_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('source_updated_at', 'text', (c) => c.notNull())
        .addColumn('checkout_hash', 'text')
        .addColumn('arm', 'text')
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('cancelled', 'integer', (c) => c.notNull())
        .addColumn('revenue_minor', 'bigint', (c) => c.notNull())
        .addColumn('attributed_minor', 'bigint', (c) => c.notNull())
        .addColumn('offer_lines', 'integer', (c) => c.notNull())
        .addColumn('malformed_lines', 'integer', (c) => c.notNull())
        .addColumn('arm_mismatches', 'integer', (c) => c.notNull())
        .addColumn('unpriced_upgrades', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('order_facts_pk', ['shop', 'order_id']),
    );
    await db.schema
      .createIndex('order_facts_checkout_idx')
      .on('order_facts')
      .columns(['shop', 'checkout_hash'])
      .execute();
    await db.schema
      .createIndex('order_facts_created_idx')
      .on('order_facts')
      .columns(['shop', 'created_at'])
      .execute();
    await keyed(
      db,
      db.schema
        .createTable('kpi_days')
        .addColumn('shop', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('computed_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('kpi_days_pk', ['shop', 'day']),
    );
    await keyed(
      db,
      db.schema
        .createTable('kpi_dirty_days')
        .addColumn('shop', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('mark', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('kpi_dirty_days_pk', ['shop', 'day']),
    );
    // Rollups find a checkout's first `eligible` event and join orders to events by the hashed checkout token.
    await db.schema
      .createIndex('events_checkout_idx')
      .on('events')
      .columns(['shop', 'checkout_token', 'occurred_at'])
      .execute();
  },
};
