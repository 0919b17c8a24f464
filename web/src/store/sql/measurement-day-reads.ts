import { sql } from 'kysely';
import type { CheckoutOutcome, MeasurementStore, OrderFact } from '../ports/measurement-store.js';
import { chunk } from '../shared/collections.js';
import { checkShop } from '../validation/index.js';
import { dayBounds, validateDay } from '../validation/measurement-facts.js';
import type { SqlContext } from './context.js';
import { factFromRow } from './rows/fact-rows.js';

export const IN_CHUNK = 1_000;
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** SQLite answers exists() with 0/1, Postgres with a boolean. */
const truthy = (value: unknown): boolean => value === true || Number(value) === 1;

/** What one day's rollup reads: the checkouts first eligible that day and the orders created that day. */
export function createSqlDayReads(
  context: SqlContext,
): Pick<MeasurementStore, 'checkoutsOfDay' | 'ordersOfDay'> {
  const { db } = context;

  async function firstOrders(shop: string, hashes: readonly string[]): Promise<Map<string, OrderFact>> {
    const first = new Map<string, OrderFact>();
    for (const part of chunk(hashes, IN_CHUNK)) {
      const rows = await db
        .selectFrom('order_facts')
        .selectAll()
        .where('shop', '=', shop)
        .where('checkout_hash', 'in', part)
        .orderBy('created_at')
        .orderBy('order_id')
        .execute();
      for (const row of rows)
        if (row.checkout_hash !== null && !first.has(row.checkout_hash))
          first.set(row.checkout_hash, factFromRow(row));
    }
    return first;
  }

  return {
    async checkoutsOfDay(shop, day) {
      checkShop(shop);
      const { from, to } = dayBounds(validateDay(day));
      const rows = await db
        .selectFrom('events as e')
        .select((eb) => [
          'e.checkout_token as hash',
          eb.fn.min('e.arm').as('arm'),
          eb.fn.count<number>('e.arm').distinct().as('arms'),
        ])
        .where('e.shop', '=', shop)
        .where('e.type', '=', 'eligible')
        .where('e.occurred_at', '>=', from)
        .where('e.occurred_at', '<', to)
        // Only checkouts first seen today: one that was eligible yesterday counts on yesterday.
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('events as p')
                .select(sql<number>`1`.as('one'))
                .whereRef('p.shop', '=', 'e.shop')
                .whereRef('p.checkout_token', '=', 'e.checkout_token')
                .where('p.type', '=', 'eligible')
                .where('p.occurred_at', '<', from),
            ),
          ),
        )
        .groupBy('e.checkout_token')
        .execute();
      const orders = await firstOrders(
        shop,
        rows.map((row) => row.hash),
      );
      return rows
        .map((row): CheckoutOutcome => ({
          checkoutHash: row.hash,
          arm: row.arm as CheckoutOutcome['arm'],
          arms: Number(row.arms),
          order: orders.get(row.hash) ?? null,
        }))
        .sort((a, b) => byText(a.checkoutHash, b.checkoutHash));
    },

    async ordersOfDay(shop, day) {
      checkShop(shop);
      const { from, to } = dayBounds(validateDay(day));
      const rows = await db
        .selectFrom('order_facts as f')
        .leftJoin('orders as o', (join) =>
          join.onRef('o.shop', '=', 'f.shop').onRef('o.id', '=', 'f.order_id'),
        )
        .selectAll('f')
        .select('o.customer_hash')
        .select((eb) =>
          eb
            .exists(
              eb
                .selectFrom('orders as l')
                .select(sql<number>`1`.as('one'))
                .whereRef('l.shop', '=', 'f.shop')
                .whereRef('l.customer_hash', '=', 'o.customer_hash')
                .whereRef('l.created_at', '>', 'f.created_at'),
            )
            .as('ordered_again'),
        )
        .where('f.shop', '=', shop)
        .where('f.created_at', '>=', from)
        .where('f.created_at', '<', to)
        .execute();
      return rows
        .map((row) => ({
          ...factFromRow(row),
          customerHash: row.customer_hash,
          orderedAgain: truthy(row.ordered_again),
        }))
        .sort((a, b) => byText(a.orderId, b.orderId));
    },
  };
}
