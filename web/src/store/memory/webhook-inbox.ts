import type { WebhookInbox } from '../ports/webhook-inbox.js';
import type { Clock } from '../types.js';
import { checkShop, validate, validateDelivery, validateTimestamp } from '../validation/index.js';
import { byText, cloneJson, type MemoryTables } from './tables.js';

export function createMemoryWebhookInbox(tables: MemoryTables, clock: Clock): WebhookInbox {
  return {
    // Check-and-set without an await in between: atomic on the single JS thread.
    async record(shop, input) {
      checkShop(shop);
      const delivery = validateDelivery(input);
      const rows = tables.inbox.of(shop);
      const existing = rows.get(delivery.eventId);
      if (existing !== undefined) return { kind: 'duplicate', delivery: existing };
      const stored = { shop, ...delivery, payload: cloneJson(delivery.payload), processedAt: null };
      rows.set(stored.eventId, stored);
      return { kind: 'new', delivery: stored };
    },

    async get(shop, eventId) {
      return tables.inbox.of(checkShop(shop)).get(eventId);
    },

    async markProcessed(shop, eventId) {
      checkShop(shop);
      const rows = tables.inbox.of(shop);
      const current = rows.get(eventId);
      if (current === undefined) return false;
      rows.set(eventId, { ...current, processedAt: current.processedAt ?? clock().toISOString() });
      return true;
    },

    async listUnprocessed(shop, options = {}) {
      checkShop(shop);
      const limit = validate('inbox list', (check) =>
        check.int('limit', options.limit ?? 100, { min: 1, max: 1_000 }),
      );
      return tables.inbox
        .sorted(shop, (a, b) => byText(a.receivedAt, b.receivedAt) || byText(a.eventId, b.eventId))
        .filter((delivery) => delivery.processedAt === null)
        .slice(0, limit);
    },

    async shopsWithUnprocessed() {
      const shops = tables.inbox
        .shops()
        .filter((shop) =>
          [...tables.inbox.of(shop).values()].some((delivery) => delivery.processedAt === null),
        );
      return shops.sort(byText);
    },

    async purgeProcessed(shop, before) {
      checkShop(shop);
      const cutoff = validateTimestamp('purge', 'before', before);
      const rows = tables.inbox.of(shop);
      let purged = 0;
      for (const [eventId, delivery] of rows) {
        if (delivery.processedAt !== null && delivery.receivedAt < cutoff) {
          rows.delete(eventId);
          purged += 1;
        }
      }
      return purged;
    },
  };
}
