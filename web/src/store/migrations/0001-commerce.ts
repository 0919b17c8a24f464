import type { Kysely } from 'kysely';
import { keyed } from './portable.js';

// Catalog and orders: the tables the sync fills and the miner reads.

export async function createCatalog(db: Kysely<unknown>): Promise<void> {
  await keyed(
    db,
    db.schema
      .createTable('products')
      .addColumn('shop', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('handle', 'text', (c) => c.notNull())
      .addColumn('product_type', 'text', (c) => c.notNull())
      .addColumn('vendor', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('tags', 'text', (c) => c.notNull())
      .addColumn('published_at', 'text')
      .addColumn('image_url', 'text')
      .addColumn('collection_ids', 'text', (c) => c.notNull())
      .addColumn('options', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('products_pk', ['shop', 'id']),
  );
  await db.schema
    .createIndex('products_updated_idx')
    .on('products')
    .columns(['shop', 'updated_at'])
    .execute();

  await keyed(
    db,
    db.schema
      .createTable('variants')
      .addColumn('shop', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('product_id', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('sku', 'text')
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('price_minor', 'bigint', (c) => c.notNull())
      .addColumn('compare_at_price_minor', 'bigint')
      .addColumn('selected_options', 'text', (c) => c.notNull())
      .addColumn('inventory_quantity', 'bigint')
      .addColumn('available_for_sale', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('variants_pk', ['shop', 'id']),
  );
  await db.schema
    .createIndex('variants_product_idx')
    .on('variants')
    .columns(['shop', 'product_id'])
    .execute();
}

// Lines carry their order's (immutable) createdAt first in the key: the miner streams them in time order as one
// index range per batch, and a sync, which imports in time order, appends to the index instead of scattering.
export async function createOrders(db: Kysely<unknown>): Promise<void> {
  await keyed(
    db,
    db.schema
      .createTable('orders')
      .addColumn('shop', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('customer_hash', 'text')
      .addColumn('checkout_token', 'text')
      .addColumn('subtotal_minor', 'bigint', (c) => c.notNull())
      .addColumn('total_minor', 'bigint', (c) => c.notNull())
      .addColumn('refunded_minor', 'bigint', (c) => c.notNull())
      .addColumn('cancelled_at', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('orders_pk', ['shop', 'id']),
  );
  await db.schema
    .createIndex('orders_created_idx')
    .on('orders')
    .columns(['shop', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('orders_customer_idx')
    .on('orders')
    .columns(['shop', 'customer_hash'])
    .execute();

  await keyed(
    db,
    db.schema
      .createTable('order_lines')
      .addColumn('shop', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('order_id', 'text', (c) => c.notNull())
      .addColumn('line_id', 'text', (c) => c.notNull())
      .addColumn('product_id', 'text')
      .addColumn('variant_id', 'text')
      .addColumn('quantity', 'bigint', (c) => c.notNull())
      .addColumn('unit_price_minor', 'bigint', (c) => c.notNull())
      .addColumn('discounted_total_minor', 'bigint', (c) => c.notNull())
      .addColumn('tandem_attribute', 'text')
      .addPrimaryKeyConstraint('order_lines_pk', ['shop', 'created_at', 'order_id', 'line_id']),
  );
}
