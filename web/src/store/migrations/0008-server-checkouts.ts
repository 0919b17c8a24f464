import type { Migration } from 'kysely';
import { keyed } from './portable.js';

// Issue 23: the lift is measured from the checkouts Shopify reports (signed checkouts/create|update, or the order
// when those were missed), with the arm and eligibility decided on the server. Pixel events keep their placement so
// an impression counts once per checkout, offer and placement.

export const serverCheckouts: Migration = {
  async up(db) {
    await keyed(
      db,
      db.schema
        .createTable('checkouts')
        .addColumn('shop', 'text', (c) => c.notNull())
        .addColumn('checkout_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('arm', 'text', (c) => c.notNull())
        .addColumn('eligible', 'integer', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('checkouts_pk', ['shop', 'checkout_hash']),
    );
    await db.schema
      .createIndex('checkouts_created_idx')
      .on('checkouts')
      .columns(['shop', 'created_at'])
      .execute();
    await db.schema.alterTable('events').addColumn('placement', 'text').execute();
  },
};
