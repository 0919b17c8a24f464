import type { ShopDomain } from '../../domain/shop.js';
import type { NewWebhookDelivery, WebhookDelivery } from '../../domain/webhook.js';
import type { WebhookDeliveriesTable } from '../database/schema.js';
import type { RecordResult, WebhookInbox } from '../ports/webhook-inbox.js';
import { freshDelivery } from '../shared/deliveries.js';
import { groupCommit } from '../shared/group-commit.js';
import { checkShop, validate, validateDelivery, validateTimestamp } from '../validation/index.js';
import { nowIso, type SqlContext } from './context.js';

function deliveryFromRow(row: WebhookDeliveriesTable): WebhookDelivery {
  return {
    shop: row.shop,
    webhookId: row.webhook_id,
    eventId: row.event_id,
    topic: row.topic,
    triggeredAt: row.triggered_at,
    payload: JSON.parse(row.payload) as WebhookDelivery['payload'],
    receivedAt: row.received_at,
    customerHash: row.customer_hash,
    processedAt: row.processed_at,
    failures: Number(row.failures),
    deadAt: row.dead_at,
    lastError: row.last_error,
  };
}

interface Recording {
  readonly shop: ShopDomain;
  readonly delivery: NewWebhookDelivery;
}

const keyOf = (shop: string, webhookId: string) => `${shop} ${webhookId}`;
/** 12 parameters a row: far below SQLite's 32,766 and Postgres's 65,535 per statement. */
const MAX_BATCH = 500;

export function createSqlWebhookInbox(context: SqlContext): WebhookInbox {
  const { db } = context;
  const get = async (shop: string, webhookId: string) => {
    const row = await db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('shop', '=', shop)
      .where('webhook_id', '=', webhookId)
      .executeTakeFirst();
    return row === undefined ? undefined : deliveryFromRow(row);
  };
  /** Unprocessed deliveries, live ones oldest first (the outbox's order), dead ones newest first (the admin's). */
  const listUnprocessedRows = async (shop: string, limit: number | undefined, kind: 'live' | 'dead') => {
    const max = validate('inbox list', (check) => check.int('limit', limit ?? 100, { min: 1, max: 1_000 }));
    const rows = await db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('shop', '=', shop)
      .where('processed_at', 'is', null)
      .where('dead_at', kind === 'dead' ? 'is not' : 'is', null)
      .orderBy('received_at', kind === 'dead' ? 'desc' : 'asc')
      .orderBy('webhook_id')
      .limit(max)
      .execute();
    return rows.map(deliveryFromRow);
  };
  // Concurrent deliveries (a flash sale's burst) share one multi-row insert and one commit. ON CONFLICT DO
  // NOTHING decides atomically which of concurrent redeliveries is the new one, here and across processes.
  const recordInBatch = groupCommit<Recording, RecordResult>(async (items) => {
    const firsts = new Map<string, Recording>();
    for (const item of items) {
      const key = keyOf(item.shop, item.delivery.webhookId);
      if (!firsts.has(key)) firsts.set(key, item);
    }
    const inserted = await db
      .insertInto('webhook_deliveries')
      .values(
        [...firsts.values()].map(({ shop, delivery }) => ({
          shop,
          webhook_id: delivery.webhookId,
          event_id: delivery.eventId ?? null,
          topic: delivery.topic,
          triggered_at: delivery.triggeredAt,
          payload: JSON.stringify(delivery.payload),
          received_at: delivery.receivedAt,
          customer_hash: delivery.customerHash ?? null,
          processed_at: null,
          failures: 0,
          dead_at: null,
          last_error: null,
        })),
      )
      .onConflict((oc) => oc.columns(['shop', 'webhook_id']).doNothing())
      .returning(['shop', 'webhook_id'])
      .execute();
    const isNew = new Set(inserted.map((row) => keyOf(row.shop, row.webhook_id)));
    return Promise.allSettled(
      items.map(async (item): Promise<RecordResult> => {
        const key = keyOf(item.shop, item.delivery.webhookId);
        if (isNew.has(key) && firsts.get(key) === item) {
          return { kind: 'new', delivery: freshDelivery(item.shop, item.delivery) };
        }
        const existing = await get(item.shop, item.delivery.webhookId);
        if (existing === undefined)
          throw new Error(`Webhook ${item.delivery.webhookId} conflicted but is not stored`);
        return { kind: 'duplicate', delivery: existing };
      }),
    );
  }, MAX_BATCH);

  return {
    async record(shop, input) {
      return recordInBatch({ shop: checkShop(shop), delivery: validateDelivery(input) });
    },

    get: (shop, webhookId) => get(checkShop(shop), webhookId),

    async markProcessed(shop, webhookId) {
      checkShop(shop);
      const at = nowIso(context);
      const result = await db
        .updateTable('webhook_deliveries')
        .set((eb) => ({ processed_at: eb.fn.coalesce('processed_at', eb.val(at)) }))
        .where('shop', '=', shop)
        .where('webhook_id', '=', webhookId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async recordFailure(shop, webhookId, error, maxFailures) {
      checkShop(shop);
      const max = validate('inbox failure', (check) => check.int('maxFailures', maxFailures, { min: 1 }));
      const at = nowIso(context);
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .updateTable('webhook_deliveries')
          .set((eb) => ({ failures: eb('failures', '+', 1), last_error: error.slice(0, 2_000) }))
          .where('shop', '=', shop)
          .where('webhook_id', '=', webhookId)
          .returning(['failures'])
          .executeTakeFirst();
        if (row === undefined) return undefined;
        const failures = Number(row.failures);
        if (failures < max) return { failures, dead: false };
        await trx
          .updateTable('webhook_deliveries')
          .set((eb) => ({ dead_at: eb.fn.coalesce('dead_at', eb.val(at)) }))
          .where('shop', '=', shop)
          .where('webhook_id', '=', webhookId)
          .execute();
        return { failures, dead: true };
      });
    },

    listDead: (shop, options = {}) => listUnprocessedRows(checkShop(shop), options.limit, 'dead'),

    async revive(shop, webhookId) {
      checkShop(shop);
      const result = await db
        .updateTable('webhook_deliveries')
        .set({ dead_at: null, failures: 0 })
        .where('shop', '=', shop)
        .where('webhook_id', '=', webhookId)
        .where('dead_at', 'is not', null)
        .where('processed_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    listUnprocessed: (shop, options = {}) => listUnprocessedRows(checkShop(shop), options.limit, 'live'),

    async shopsWithUnprocessed() {
      const rows = await db
        .selectFrom('webhook_deliveries')
        .select('shop')
        .distinct()
        .where('processed_at', 'is', null)
        .where('dead_at', 'is', null)
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
