import type { Migration } from 'kysely';

// Offers that know the returning buyer (issue 25): the customers whose `$app:tandem`/`profile` metafield Tandem
// writes, and what it last wrote. The profile itself is recomputed from the stored orders, never kept here.

export const customerProfiles: Migration = {
  async up(db) {
    await db.schema
      .createTable('customer_profiles')
      .addColumn('shop', 'text', (column) => column.notNull())
      .addColumn('customer_id', 'text', (column) => column.notNull())
      .addColumn('customer_hash', 'text', (column) => column.notNull())
      .addColumn('published_hash', 'text')
      .addPrimaryKeyConstraint('customer_profiles_pk', ['shop', 'customer_id'])
      .execute();
    await db.schema
      .createIndex('customer_profiles_hash')
      .on('customer_profiles')
      .columns(['shop', 'customer_hash'])
      .execute();
  },
};
