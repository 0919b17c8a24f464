import type { Migration } from 'kysely';

// Expiring offline tokens are refreshed by whichever process needs one first; a refresh token is single-use, so
// two processes refreshing one shop at once would leave one of them (and the shop) with a revoked token. A lease
// row per shop makes the refresh one-at-a-time across every web and worker process sharing the database.

export const refreshLeases: Migration = {
  async up(db) {
    await db.schema
      .createTable('refresh_leases')
      .addColumn('shop', 'text', (column) => column.primaryKey())
      .addColumn('holder', 'text', (column) => column.notNull())
      .addColumn('expires_at', 'text', (column) => column.notNull())
      .execute();
  },
};
