import type { MinerLine } from '../ports/order-store.js';
import { groupBy } from '../shared/collections.js';
import { minerLines, type StreamWindow } from '../shared/streaming.js';
import type { SqlContext } from './context.js';
import { refreshStatistics } from './statistics.js';
import { lineFromRow, orderFromRow } from './rows/order-rows.js';

/**
 * Reads a shop's order lines in (createdAt, orderId) keyset pages of whole orders: memory stays bounded by the
 * batch size however many orders there are, and an order is never split across batches.
 */
export async function* streamLines(
  context: SqlContext,
  shop: string,
  { since, ordersPerBatch }: StreamWindow,
): AsyncGenerator<readonly MinerLine[]> {
  const { db } = context;
  await refreshStatistics(db, context.dialect, ['orders', 'order_lines']);
  let after: readonly [string, string] | null = null;
  for (;;) {
    let query = db.selectFrom('orders').selectAll().where('shop', '=', shop);
    if (since !== null) query = query.where('created_at', '>=', since);
    if (after !== null) {
      const [createdAt, id] = after;
      query = query.where((eb) => eb(eb.refTuple('created_at', 'id'), '>', eb.tuple(createdAt, id)));
    }
    const orders = await query.orderBy('created_at').orderBy('id').limit(ordersPerBatch).execute();
    const [first] = orders;
    const last = orders.at(-1);
    if (first === undefined || last === undefined) return;
    // The page is a contiguous run of (createdAt, id), so its lines are one range of the lines key.
    const lineRows = await db
      .selectFrom('order_lines')
      .selectAll()
      .where('shop', '=', shop)
      .where((eb) => eb(eb.refTuple('created_at', 'order_id'), '>=', eb.tuple(first.created_at, first.id)))
      .where((eb) => eb(eb.refTuple('created_at', 'order_id'), '<=', eb.tuple(last.created_at, last.id)))
      .orderBy('created_at')
      .orderBy('order_id')
      .orderBy('line_id')
      .execute();
    const byOrder = groupBy(lineRows, (row) => row.order_id, lineFromRow);
    const batch = orders.flatMap((row) => minerLines(orderFromRow(row), byOrder.get(row.id) ?? []));
    if (batch.length > 0) yield batch;
    if (orders.length < ordersPerBatch) return;
    after = [last.created_at, last.id];
  }
}
