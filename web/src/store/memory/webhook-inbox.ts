import type { WebhookDelivery } from '../../domain/webhook.js';
import type { WebhookInbox } from '../ports/webhook-inbox.js';
import { freshDelivery } from '../shared/deliveries.js';
import type { Clock } from '../types.js';
import { checkShop, validate, validateDelivery, validateTimestamp } from '../validation/index.js';
import { byText, cloneJson, type MemoryTables } from './tables.js';

const listLimit = (limit: number | undefined) =>
  validate('inbox list', (check) => check.int('limit', limit ?? 100, { min: 1, max: 1_000 }));
const isPending = (delivery: WebhookDelivery) => delivery.processedAt === null && delivery.deadAt === null;

export function createMemoryWebhookInbox(tables: MemoryTables, clock: Clock): WebhookInbox {
  return {
    // Check-and-set without an await in between: atomic on the single JS thread.
    async record(shop, input) {
      checkShop(shop);
      const delivery = validateDelivery(input);
      const rows = tables.inbox.of(shop);
      const existing = rows.get(delivery.webhookId);
      if (existing !== undefined) return { kind: 'duplicate', delivery: existing };
      const stored = freshDelivery(shop, { ...delivery, payload: cloneJson(delivery.payload) });
      rows.set(stored.webhookId, stored);
      return { kind: 'new', delivery: stored };
    },

    async get(shop, webhookId) {
      return tables.inbox.of(checkShop(shop)).get(webhookId);
    },

    async markProcessed(shop, webhookId) {
      checkShop(shop);
      const rows = tables.inbox.of(shop);
      const current = rows.get(webhookId);
      if (current === undefined) return false;
      rows.set(webhookId, { ...current, processedAt: current.processedAt ?? clock().toISOString() });
      return true;
    },

    async recordFailure(shop, webhookId, error, maxFailures) {
      checkShop(shop);
      const max = validate('inbox failure', (check) => check.int('maxFailures', maxFailures, { min: 1 }));
      const rows = tables.inbox.of(shop);
      const current = rows.get(webhookId);
      if (current === undefined) return undefined;
      const failures = current.failures + 1;
      const dead = failures >= max;
      const deadAt = dead ? (current.deadAt ?? clock().toISOString()) : current.deadAt;
      rows.set(webhookId, { ...current, failures, deadAt, lastError: error.slice(0, 2_000) });
      return { failures, dead };
    },

    async listDead(shop, options = {}) {
      checkShop(shop);
      const limit = listLimit(options.limit);
      return tables.inbox
        .sorted(shop, (a, b) => byText(b.receivedAt, a.receivedAt) || byText(a.webhookId, b.webhookId))
        .filter((delivery) => delivery.deadAt !== null && delivery.processedAt === null)
        .slice(0, limit);
    },

    async revive(shop, webhookId) {
      checkShop(shop);
      const rows = tables.inbox.of(shop);
      const current = rows.get(webhookId);
      if (current?.deadAt == null || current.processedAt !== null) return false;
      rows.set(webhookId, { ...current, deadAt: null, failures: 0 });
      return true;
    },

    async listUnprocessed(shop, options = {}) {
      checkShop(shop);
      const limit = listLimit(options.limit);
      return tables.inbox
        .sorted(shop, (a, b) => byText(a.receivedAt, b.receivedAt) || byText(a.webhookId, b.webhookId))
        .filter(isPending)
        .slice(0, limit);
    },

    async shopsWithUnprocessed() {
      const shops = tables.inbox
        .shops()
        .filter((shop) => [...tables.inbox.of(shop).values()].some(isPending));
      return shops.sort(byText);
    },

    async purgeProcessed(shop, before) {
      checkShop(shop);
      const cutoff = validateTimestamp('purge', 'before', before);
      const rows = tables.inbox.of(shop);
      let purged = 0;
      for (const [webhookId, delivery] of rows) {
        if (delivery.processedAt !== null && delivery.receivedAt < cutoff) {
          rows.delete(webhookId);
          purged += 1;
        }
      }
      return purged;
    },
  };
}
