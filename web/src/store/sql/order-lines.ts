import { CompiledQuery, type Kysely } from 'kysely';
import type { OrderLine } from '../../domain/order.js';
import type { OrderLinesTable, Schema } from '../database/schema.js';
import type { DialectName } from '../database/types.js';
import { chunk, groupBy } from '../shared/collections.js';
import { lineFromRow } from './rows/order-rows.js';

/** An order as the lines table keys it: its id and the createdAt stored for it. */
export interface PlacedOrder {
  readonly id: string;
  readonly createdAt: string;
}

/** Orders per statement: two bound values each, far below both dialects' limits. */
const ORDERS_PER_STATEMENT = 1_000;

// `created_at in (…) and order_id in (…)` selects exactly these orders' lines (an order has one createdAt) and
// lets both planners seek the (shop, created_at, order_id, line_id) key instead of scanning the shop.
function linesOf(
  dialect: DialectName,
  verb: 'delete' | 'select *',
  shop: string,
  orders: readonly PlacedOrder[],
) {
  const params: string[] = [
    shop,
    ...orders.map((order) => order.createdAt),
    ...orders.map((order) => order.id),
  ];
  const mark = (i: number) => (dialect === 'sqlite' ? '?' : `$${i}`);
  const times = orders.map((_, i) => mark(i + 2)).join(',');
  const ids = orders.map((_, i) => mark(i + 2 + orders.length)).join(',');
  const order = verb === 'delete' ? '' : ' order by "created_at", "order_id", "line_id"';
  const text = `${verb} from "order_lines" where "shop" = ${mark(1)} and "created_at" in (${times}) and "order_id" in (${ids})${order}`;
  return CompiledQuery.raw(text, params);
}

/** Deletes all lines of the orders; returns how many. Run inside the writing transaction. */
export async function deleteLines(
  executor: Kysely<Schema>,
  dialect: DialectName,
  shop: string,
  orders: readonly PlacedOrder[],
): Promise<number> {
  let deleted = 0;
  for (const part of chunk(orders, ORDERS_PER_STATEMENT)) {
    const result = await executor.executeQuery(linesOf(dialect, 'delete', shop, part));
    deleted += Number(result.numAffectedRows ?? 0n);
  }
  return deleted;
}

/** The orders' lines by order id, each in line id order. */
export async function loadLines(
  executor: Kysely<Schema>,
  dialect: DialectName,
  shop: string,
  orders: readonly PlacedOrder[],
): Promise<Map<string, OrderLine[]>> {
  const rows: OrderLinesTable[] = [];
  for (const part of chunk(orders, ORDERS_PER_STATEMENT)) {
    rows.push(
      ...(await executor.executeQuery<OrderLinesTable>(linesOf(dialect, 'select *', shop, part))).rows,
    );
  }
  return groupBy(rows, (row) => row.order_id, lineFromRow);
}
