import { randomUUID } from 'node:crypto';
import type { PixelEvent } from '../../domain/event.js';
import type { EventStore } from '../ports/event-store.js';
import { pageWindow, toPage } from '../shared/paging.js';
import { checkShop, validateEvents, validateRange, type TimeRange } from '../validation/index.js';
import { byText, type MemoryTables } from './tables.js';

export function createMemoryEventStore(tables: MemoryTables): EventStore {
  const inRange = (shop: string, range: TimeRange) => {
    const { from, to } = validateRange(range);
    return tables.events
      .sorted(shop, (a, b) => byText(a.occurredAt, b.occurredAt) || byText(a.id, b.id))
      .filter((event) => event.occurredAt >= from && event.occurredAt < to);
  };

  return {
    async appendMany(shop, events) {
      checkShop(shop);
      const clean = validateEvents(events);
      const rows = tables.events.of(shop);
      for (const event of clean) {
        const stored: PixelEvent = { id: randomUUID(), shop, ...event, placement: event.placement ?? null };
        rows.set(stored.id, stored);
      }
      return clean.length;
    },

    async firstOfType(shop, type, range) {
      checkShop(shop);
      return inRange(shop, range).find((event) => event.type === type)?.occurredAt ?? null;
    },

    async list(shop, range, request) {
      checkShop(shop);
      const { after, limit } = pageWindow(request, 2);
      const rows = inRange(shop, range).filter(
        (event) =>
          after === null ||
          byText(event.occurredAt, after[0] ?? '') > 0 ||
          (event.occurredAt === after[0] && event.id > (after[1] ?? '')),
      );
      return toPage(rows.slice(0, limit + 1), limit, (event) => [event.occurredAt, event.id]);
    },

    async count(shop) {
      return tables.events.of(checkShop(shop)).size;
    },
  };
}
