import { sql, type Migration } from 'kysely';

// Deliveries are keyed by X-Shopify-Webhook-Id (one delivery), not X-Shopify-Event-Id (shared by every topic of
// one merchant action, so keying by it dropped the second topic as a duplicate). Stored rows keep their old key
// as both ids: it was the only one recorded. Failures are counted so a delivery that keeps failing stops
// (dead letter) instead of being swept back forever; the customer hash lets customers/redact find raw payloads.
// shops.shop_id holds Shopify's numeric shop id, which privacy and uninstall webhook bodies must name.

export const webhookDeliveries: Migration = {
  async up(db) {
    await db.schema.alterTable('webhook_deliveries').renameColumn('event_id', 'webhook_id').execute();
    await db.schema.alterTable('webhook_deliveries').addColumn('event_id', 'text').execute();
    await db.schema.alterTable('webhook_deliveries').addColumn('customer_hash', 'text').execute();
    await db.schema
      .alterTable('webhook_deliveries')
      .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable('webhook_deliveries').addColumn('dead_at', 'text').execute();
    await db.schema.alterTable('webhook_deliveries').addColumn('last_error', 'text').execute();
    await sql`update webhook_deliveries set event_id = webhook_id`.execute(db);
    await db.schema.alterTable('shops').addColumn('shop_id', 'text').execute();
    await db.schema
      .createIndex('webhook_deliveries_customer_idx')
      .on('webhook_deliveries')
      .columns(['shop', 'customer_hash'])
      .execute();
  },
};
