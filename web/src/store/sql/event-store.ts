import { randomUUID } from 'node:crypto';
import type { Arm, PixelEvent, PixelEventType } from '../../domain/event.js';
import type { EventStore } from '../ports/event-store.js';
import { pageWindow, toPage } from '../shared/paging.js';
import { checkShop, validateEvents, validateRange } from '../validation/index.js';
import { bulkWrite } from './bulk.js';
import type { SqlContext } from './context.js';
import { countShopRows } from './count.js';

const EVENT_COLUMNS = [
  'shop',
  'id',
  'checkout_token',
  'offer_id',
  'arm',
  'type',
  'occurred_at',
  'placement',
] as const;

export function createSqlEventStore({ db, dialect }: SqlContext): EventStore {
  return {
    async appendMany(shop, events) {
      checkShop(shop);
      const clean = validateEvents(events);
      if (clean.length === 0) return 0;
      const rows = clean.map((event) => ({
        shop,
        id: randomUUID(),
        checkout_token: event.checkoutToken,
        offer_id: event.offerId,
        arm: event.arm,
        type: event.type,
        occurred_at: event.occurredAt,
        placement: event.placement ?? null,
      }));
      await db
        .transaction()
        .execute((trx) => bulkWrite(trx, dialect, { table: 'events', columns: EVENT_COLUMNS }, rows));
      return rows.length;
    },

    async firstOfType(shop, type, range) {
      checkShop(shop);
      const { from, to } = validateRange(range);
      const row = await db
        .selectFrom('events')
        .select('occurred_at')
        .where('shop', '=', shop)
        .where('occurred_at', '>=', from)
        .where('occurred_at', '<', to)
        .where('type', '=', type)
        .orderBy('occurred_at')
        .limit(1)
        .executeTakeFirst();
      return row?.occurred_at ?? null;
    },

    async list(shop, range, request) {
      checkShop(shop);
      const { from, to } = validateRange(range);
      const { after, limit } = pageWindow(request, 2);
      let query = db
        .selectFrom('events')
        .selectAll()
        .where('shop', '=', shop)
        .where('occurred_at', '>=', from)
        .where('occurred_at', '<', to);
      if (after)
        query = query.where((eb) =>
          eb(eb.refTuple('occurred_at', 'id'), '>', eb.tuple(after[0] ?? '', after[1] ?? '')),
        );
      const rows = await query
        .orderBy('occurred_at')
        .orderBy('id')
        .limit(limit + 1)
        .execute();
      const page = toPage(rows, limit, (row) => [row.occurred_at, row.id]);
      const items: PixelEvent[] = page.items.map((row) => ({
        id: row.id,
        shop: row.shop,
        checkoutToken: row.checkout_token,
        offerId: row.offer_id,
        arm: row.arm as Arm,
        type: row.type as PixelEventType,
        occurredAt: row.occurred_at,
        placement: row.placement,
      }));
      return { items, nextCursor: page.nextCursor };
    },

    count: (shop) => countShopRows(db, 'events', shop),
  };
}
