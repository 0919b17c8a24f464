import type { MeasurementStore } from '../ports/measurement-store.js';
import { chunk, groupBy } from '../shared/collections.js';
import { checkShop } from '../validation/index.js';
import { validateHashes, validateLimit, validateVariantIds } from '../validation/measurement-facts.js';
import { createSqlCheckoutFacts } from './checkout-facts.js';
import type { SqlContext } from './context.js';
import { IN_CHUNK, byText, createSqlDayReads } from './measurement-day-reads.js';
import { lineFromRow, orderFromRow } from './rows/order-rows.js';

export type MeasurementReads = Pick<
  MeasurementStore,
  | 'unattributedOrders'
  | 'variantPrices'
  | 'checkoutsOfDay'
  | 'ordersOfDay'
  | 'checkoutDays'
  | 'offerDaysOfCustomers'
  | 'recordCheckouts'
  | 'getCheckouts'
  | 'funnelOfDay'
  | 'purgeEvents'
>;

/** The measurement store's reads across tables: orders to attribute, catalog prices, a day's checkouts and orders. */
export function createSqlMeasurementReads(context: SqlContext): MeasurementReads {
  const { db } = context;
  return {
    ...createSqlDayReads(context),
    ...createSqlCheckoutFacts(context),
    async unattributedOrders(shop, limit) {
      checkShop(shop);
      const orders = await db
        .selectFrom('orders as o')
        .leftJoin('order_facts as f', (join) =>
          join.onRef('f.shop', '=', 'o.shop').onRef('f.order_id', '=', 'o.id'),
        )
        .selectAll('o')
        .where('o.shop', '=', shop)
        .where((eb) =>
          eb.or([eb('f.order_id', 'is', null), eb('f.source_updated_at', '<', eb.ref('o.updated_at'))]),
        )
        .orderBy('o.created_at')
        .orderBy('o.id')
        .limit(validateLimit(limit))
        .execute();
      const lines =
        orders.length === 0
          ? []
          : await db
              .selectFrom('order_lines')
              .selectAll()
              .where('shop', '=', shop)
              .where(
                'order_id',
                'in',
                orders.map((order) => order.id),
              )
              .orderBy('line_id')
              .execute();
      const byOrder = groupBy(lines, (row) => row.order_id, lineFromRow);
      return orders.map((row) => ({ ...orderFromRow(row), lines: byOrder.get(row.id) ?? [] }));
    },

    async variantPrices(shop, variantIds) {
      checkShop(shop);
      const prices = new Map<string, number>();
      for (const part of chunk(validateVariantIds(variantIds), IN_CHUNK)) {
        const rows = await db
          .selectFrom('variants')
          .select(['id', 'price_minor'])
          .where('shop', '=', shop)
          .where('id', 'in', part)
          .execute();
        for (const row of rows) prices.set(row.id, Number(row.price_minor));
      }
      return prices;
    },

    async offerDaysOfCustomers(shop, customerHashes) {
      checkShop(shop);
      const days = new Set<string>();
      for (const part of chunk(validateHashes(customerHashes, 'customer'), IN_CHUNK)) {
        const rows = await db
          .selectFrom('order_facts as f')
          .innerJoin('orders as o', (join) =>
            join.onRef('o.shop', '=', 'f.shop').onRef('o.id', '=', 'f.order_id'),
          )
          .select('f.created_at')
          .where('f.shop', '=', shop)
          .where('f.offer_lines', '>', 0)
          .where('o.customer_hash', 'in', part)
          .execute();
        for (const row of rows) days.add(row.created_at.slice(0, 10));
      }
      return [...days].sort(byText);
    },
  };
}
