import type { WebhookDelivery } from '../../domain/webhook.js';
import type { WebhookDeliveriesTable } from '../database/schema.js';
import type { WebhookInbox } from '../ports/webhook-inbox.js';
import { checkShop, validate, validateDelivery, validateTimestamp } from '../validation/index.js';
import { nowIso, type SqlContext } from './context.js';

function deliveryFromRow(row: WebhookDeliveriesTable): WebhookDelivery {
  return {
    shop: row.shop,
    eventId: row.event_id,
    topic: row.topic,
    triggeredAt: row.triggered_at,
    payload: JSON.parse(row.payload) as WebhookDelivery['payload'],
    receivedAt: row.received_at,
    processedAt: row.processed_at,
  };
}

export function createSqlWebhookInbox(context: SqlContext): WebhookInbox {
  const { db } = context;
  const get = async (shop: string, eventId: string) => {
    const row = await db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('shop', '=', shop)
      .where('event_id', '=', eventId)
      .executeTakeFirst();
    return row === undefined ? undefined : deliveryFromRow(row);
  };
  return {
    async record(shop, input) {
      checkShop(shop);
      const delivery = validateDelivery(input);
      // ON CONFLICT DO NOTHING decides atomically which of concurrent redeliveries is the new one.
      const inserted = await db
        .insertInto('webhook_deliveries')
        .values({
          shop,
          event_id: delivery.eventId,
          topic: delivery.topic,
          triggered_at: delivery.triggeredAt,
          payload: JSON.stringify(delivery.payload),
          received_at: delivery.receivedAt,
          processed_at: null,
        })
        .onConflict((oc) => oc.columns(['shop', 'event_id']).doNothing())
        .returningAll()
        .executeTakeFirst();
      if (inserted !== undefined) return { kind: 'new', delivery: deliveryFromRow(inserted) };
      const existing = await get(shop, delivery.eventId);
      if (existing === undefined) throw new Error(`Webhook ${delivery.eventId} conflicted but is not stored`);
      return { kind: 'duplicate', delivery: existing };
    },

    get: (shop, eventId) => get(checkShop(shop), eventId),

    async markProcessed(shop, eventId) {
      checkShop(shop);
      const at = nowIso(context);
      const result = await db
        .updateTable('webhook_deliveries')
        .set((eb) => ({ processed_at: eb.fn.coalesce('processed_at', eb.val(at)) }))
        .where('shop', '=', shop)
        .where('event_id', '=', eventId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async listUnprocessed(shop, options = {}) {
      checkShop(shop);
      const limit = validate('inbox list', (check) =>
        check.int('limit', options.limit ?? 100, { min: 1, max: 1_000 }),
      );
      const rows = await db
        .selectFrom('webhook_deliveries')
        .selectAll()
        .where('shop', '=', shop)
        .where('processed_at', 'is', null)
        .orderBy('received_at')
        .orderBy('event_id')
        .limit(limit)
        .execute();
      return rows.map(deliveryFromRow);
    },

    async shopsWithUnprocessed() {
      const rows = await db
        .selectFrom('webhook_deliveries')
        .select('shop')
        .distinct()
        .where('processed_at', 'is', null)
        .orderBy('shop')
        .execute();
      return rows.map((row) => row.shop);
    },

    async purgeProcessed(shop, before) {
      checkShop(shop);
      const cutoff = validateTimestamp('purge', 'before', before);
      const result = await db
        .deleteFrom('webhook_deliveries')
        .where('shop', '=', shop)
        .where('processed_at', 'is not', null)
        .where('received_at', '<', cutoff)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
