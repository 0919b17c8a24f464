import type { Migration } from 'kysely';
import { keyed } from './portable.js';

// What each shop's last recompute published and why (model selection on its newest orders), one row a shop.

export const offerModels: Migration = {
  async up(db) {
    await keyed(
      db,
      db.schema
        .createTable('offer_models')
        .addColumn('shop', 'text', (c) => c.notNull())
        .addColumn('report', 'text', (c) => c.notNull())
        .addColumn('orders', 'integer', (c) => c.notNull())
        .addColumn('computed_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('offer_models_pk', ['shop']),
    );
  },
};
