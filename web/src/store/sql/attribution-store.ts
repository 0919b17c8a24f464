import { sql } from 'kysely';
import type { Attribution } from '../../domain/attribution.js';
import type { Arm } from '../../domain/event.js';
import type { OfferKind } from '../../domain/rule.js';
import type { AttributionStore } from '../ports/attribution-store.js';
import { chunk } from '../shared/collections.js';
import { checkShop, validateAttributions, validateOrderIds, validateRange } from '../validation/index.js';
import { bulkWrite, deleteIn } from './bulk.js';
import type { SqlContext } from './context.js';

const COLUMNS = [
  'shop',
  'order_id',
  'line_id',
  'offer_id',
  'kind',
  'arm',
  'revenue_minor',
  'quantity',
] as const;

export function createSqlAttributionStore({ db, dialect }: SqlContext): AttributionStore {
  return {
    async replaceForOrders(shop, orderIds, attributions) {
      checkShop(shop);
      const clean = validateAttributions(orderIds, attributions);
      await db.transaction().execute(async (trx) => {
        await deleteIn(trx, dialect, 'attributions', shop, 'order_id', clean.orderIds);
        const rows = clean.attributions.map((a) => ({
          shop,
          order_id: a.orderId,
          line_id: a.lineId,
          offer_id: a.offerId,
          kind: a.kind,
          arm: a.arm,
          revenue_minor: a.revenueMinor,
          quantity: a.quantity,
        }));
        await bulkWrite(trx, dialect, { table: 'attributions', columns: COLUMNS }, rows);
      });
    },

    async listForOrders(shop, orderIds) {
      checkShop(shop);
      const result: Attribution[] = [];
      for (const part of chunk(validateOrderIds(orderIds), 1_000)) {
        const rows = await db
          .selectFrom('attributions')
          .selectAll()
          .where('shop', '=', shop)
          .where('order_id', 'in', part)
          .execute();
        for (const row of rows) {
          result.push({
            orderId: row.order_id,
            lineId: row.line_id,
            offerId: row.offer_id,
            kind: row.kind as OfferKind,
            arm: row.arm as Arm,
            revenueMinor: row.revenue_minor,
            quantity: row.quantity,
          });
        }
      }
      return result.sort((a, b) => (a.orderId + ' ' + a.lineId < b.orderId + ' ' + b.lineId ? -1 : 1));
    },

    async sumByDay(shop, range) {
      checkShop(shop);
      const { from, to } = validateRange(range);
      const day = sql<string>`substr(o.created_at, 1, 10)`;
      const rows = await db
        .selectFrom('attributions as a')
        .innerJoin('orders as o', (join) =>
          join.onRef('o.shop', '=', 'a.shop').onRef('o.id', '=', 'a.order_id'),
        )
        .select((eb) => [
          day.as('day'),
          'a.arm',
          'a.kind',
          sql<number>`cast(sum(a.revenue_minor) as bigint)`.as('revenue'),
          sql<number>`cast(sum(a.quantity) as bigint)`.as('quantity'),
          eb.fn.count<number>('a.order_id').distinct().as('orders'),
        ])
        .where('a.shop', '=', shop)
        .where('o.created_at', '>=', from)
        .where('o.created_at', '<', to)
        .groupBy([day, 'a.arm', 'a.kind'])
        .orderBy(day)
        .orderBy('a.arm')
        .orderBy('a.kind')
        .execute();
      return rows.map((row) => ({
        day: row.day,
        arm: row.arm as Arm,
        kind: row.kind as OfferKind,
        revenueMinor: Number(row.revenue),
        quantity: Number(row.quantity),
        orders: Number(row.orders),
      }));
    },
  };
}
