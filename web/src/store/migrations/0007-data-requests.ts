import type { Migration } from 'kysely';

// customers/data_request: the merchant must be able to hand the customer what Tandem holds about them. The
// export is kept, per request, for 30 days (then purged), for the merchant to download from the admin.

export const dataRequests: Migration = {
  async up(db) {
    await db.schema
      .createTable('data_requests')
      .addColumn('shop', 'text', (column) => column.notNull())
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('customer_id', 'text', (column) => column.notNull())
      .addColumn('received_at', 'text', (column) => column.notNull())
      .addColumn('expires_at', 'text', (column) => column.notNull())
      .addColumn('orders', 'integer', (column) => column.notNull())
      .addColumn('export', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('data_requests_pk', ['shop', 'id'])
      .execute();
  },
};
