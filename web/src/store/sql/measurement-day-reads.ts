import { sql } from 'kysely';
import type { DayOrderFact, MeasurementStore, OrderFact } from '../ports/measurement-store.js';
import { chunk } from '../shared/collections.js';
import { checkShop } from '../validation/index.js';
import { dayBounds, validateDay } from '../validation/measurement-facts.js';
import type { SqlContext } from './context.js';
import { yieldToEventLoop } from '../shared/yield.js';
import { factFromRow } from './rows/fact-rows.js';

export const IN_CHUNK = 1_000;

/**
 * Rows a rollup read takes at a time before letting other requests in. better-sqlite3 blocks the process for a
 * whole query, and a busy shop's day holds 100,000 checkouts and a million events (test/bench/measurement/kpi-bench.ts).
 */
export const DAY_PAGE = 1_000;
/** Checkouts whose orders (or events) one rollup query looks up by hash: each is an index probe and a sort. */
export const LOOKUP_CHUNK = 250;
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** SQLite answers exists() with 0/1, Postgres with a boolean. */
const truthy = (value: unknown): boolean => value === true || Number(value) === 1;

/** The earliest order fact of each checkout, by checkout hash. */
export async function firstOrders(
  db: SqlContext['db'],
  shop: string,
  hashes: readonly string[],
): Promise<Map<string, OrderFact>> {
  const first = new Map<string, OrderFact>();
  for (const part of chunk(hashes, LOOKUP_CHUNK)) {
    // Earliest picked here rather than by ORDER BY: to avoid a sort SQLite would walk all of the shop's orders in
    // created order instead of looking the hashes up.
    const rows = await db
      .selectFrom('order_facts')
      .selectAll()
      .where('shop', '=', shop)
      .where('checkout_hash', 'in', part)
      .execute();
    for (const row of rows) {
      if (row.checkout_hash === null) continue;
      const kept = first.get(row.checkout_hash);
      if (
        kept === undefined ||
        row.created_at < kept.createdAt ||
        (row.created_at === kept.createdAt && row.order_id < kept.orderId)
      )
        first.set(row.checkout_hash, factFromRow(row));
    }
    await yieldToEventLoop();
  }
  return first;
}

/** What one day's rollup reads of orders: the orders created that day. */
export function createSqlDayReads(context: SqlContext): Pick<MeasurementStore, 'ordersOfDay'> {
  const { db } = context;

  return {
    async ordersOfDay(shop, day) {
      checkShop(shop);
      const { from, to } = dayBounds(validateDay(day));
      const facts: DayOrderFact[] = [];
      type Cursor = { readonly createdAt: string; readonly id: string } | null;
      let after = null as Cursor;
      // Page by page in (created_at, order id) order, letting other requests in between (see DAY_PAGE).
      for (;;) {
        const last: Cursor = after;
        // The lower bound stands alone too, so the index range starts there rather than at the shop's first order.
        const rows = await dayPage(shop, to)
          .where('f.created_at', '>=', last?.createdAt ?? from)
          .where((eb) =>
            last === null
              ? eb('f.created_at', '>=', from)
              : eb.or([
                  eb('f.created_at', '>', last.createdAt),
                  eb.and([eb('f.created_at', '=', last.createdAt), eb('f.order_id', '>', last.id)]),
                ]),
          )
          .execute();
        for (const row of rows)
          facts.push({
            ...factFromRow(row),
            customerHash: row.customer_hash,
            orderedAgain: truthy(row.ordered_again),
          });
        const end = rows.at(-1);
        if (end === undefined || rows.length < DAY_PAGE) break;
        after = { createdAt: end.created_at, id: end.order_id };
        await yieldToEventLoop();
      }
      return facts.sort((a, b) => byText(a.orderId, b.orderId));
    },
  };

  /** Up to DAY_PAGE order facts created before `to`, with what the repeat rate needs; the caller bounds them below. */
  function dayPage(shop: string, to: string) {
    return db
      .selectFrom('order_facts as f')
      .leftJoin('orders as o', (join) => join.onRef('o.shop', '=', 'f.shop').onRef('o.id', '=', 'f.order_id'))
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
      .where('f.created_at', '<', to)
      .orderBy('f.created_at')
      .orderBy('f.order_id')
      .limit(DAY_PAGE);
  }
}
