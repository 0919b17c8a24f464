import type { ShopDomain } from '../../domain/shop.js';
import type { NewWebhookDelivery, WebhookDelivery } from '../../domain/webhook.js';
import type { WebhookDeliveriesTable } from '../database/schema.js';
import type { RecordResult, WebhookInbox } from '../ports/webhook-inbox.js';
import { groupCommit } from '../shared/group-commit.js';
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

interface Recording {
  readonly shop: ShopDomain;
  readonly delivery: NewWebhookDelivery;
}

const keyOf = (shop: string, eventId: string) => `${shop} ${eventId}`;
/** 7 parameters a row: far below SQLite's 32,766 and Postgres's 65,535 per statement. */
const MAX_BATCH = 500;

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
  // Concurrent deliveries (a flash sale's burst) share one multi-row insert and one commit. ON CONFLICT DO
  // NOTHING decides atomically which of concurrent redeliveries is the new one, here and across processes.
  const recordInBatch = groupCommit<Recording, RecordResult>(async (items) => {
    const firsts = new Map<string, Recording>();
    for (const item of items) {
      const key = keyOf(item.shop, item.delivery.eventId);
      if (!firsts.has(key)) firsts.set(key, item);
    }
    const inserted = await db
      .insertInto('webhook_deliveries')
      .values(
        [...firsts.values()].map(({ shop, delivery }) => ({
          shop,
          event_id: delivery.eventId,
          topic: delivery.topic,
          triggered_at: delivery.triggeredAt,
          payload: JSON.stringify(delivery.payload),
          received_at: delivery.receivedAt,
          processed_at: null,
        })),
      )
      .onConflict((oc) => oc.columns(['shop', 'event_id']).doNothing())
      .returning(['shop', 'event_id'])
      .execute();
    const isNew = new Set(inserted.map((row) => keyOf(row.shop, row.event_id)));
    return Promise.allSettled(
      items.map(async (item): Promise<RecordResult> => {
        const key = keyOf(item.shop, item.delivery.eventId);
        if (isNew.has(key) && firsts.get(key) === item) {
          return { kind: 'new', delivery: { shop: item.shop, ...item.delivery, processedAt: null } };
        }
        const existing = await get(item.shop, item.delivery.eventId);
        if (existing === undefined)
          throw new Error(`Webhook ${item.delivery.eventId} conflicted but is not stored`);
        return { kind: 'duplicate', delivery: existing };
      }),
    );
  }, MAX_BATCH);

  return {
    async record(shop, input) {
      return recordInBatch({ shop: checkShop(shop), delivery: validateDelivery(input) });
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
