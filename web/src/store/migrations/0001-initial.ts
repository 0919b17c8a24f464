import type { Migration } from 'kysely';
import { createCatalog, createOrders } from './0001-commerce.js';
import { createMeasurement, createMerchantData, createOperations } from './0001-operations.js';

// Migrations take Kysely<unknown>: they must not depend on today's Schema type, which later migrations change.
// Column types are the portable subset: text, integer (0/1 booleans), bigint (money and counts).

export const initial: Migration = {
  async up(db) {
    await db.schema
      .createTable('shops')
      .addColumn('shop', 'text', (c) => c.primaryKey())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('scopes', 'text', (c) => c.notNull())
      .addColumn('installed_at', 'text', (c) => c.notNull())
      .addColumn('uninstalled_at', 'text')
      .addColumn('needs_reauth', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('shop', 'text', (c) => c.notNull())
      .addColumn('is_online', 'integer', (c) => c.notNull())
      .addColumn('expires_at', 'text')
      .addColumn('payload', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sessions_shop_idx').on('sessions').column('shop').execute();
    await createCatalog(db);
    await createOrders(db);
    await createMerchantData(db);
    await createMeasurement(db);
    await createOperations(db);
  },
};
