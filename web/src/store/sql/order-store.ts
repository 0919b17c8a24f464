import type { OrderWithLines } from '../../domain/order.js';
import type { OrderStore } from '../ports/order-store.js';
import type { OrdersTable } from '../database/schema.js';
import { newestById } from '../shared/collections.js';
import { checkShop, validate, validateOrders, checkCustomerHash } from '../validation/index.js';
import { bulkWrite } from './bulk.js';
import type { SqlContext } from './context.js';
import { countShopRows } from './count.js';
import { deleteLines, loadLines } from './order-lines.js';
import { streamLines } from './order-stream.js';
import { streamWindow } from '../shared/streaming.js';
import { LINE_COLUMNS, ORDER_COLUMNS, lineRow, orderFromRow, orderRow } from './rows/order-rows.js';
import { deleteCustomerOrders } from './shop-data.js';

export function createSqlOrderStore(context: SqlContext): OrderStore {
  const { db, dialect } = context;

  async function withLines(shop: string, orders: readonly OrdersTable[]): Promise<OrderWithLines[]> {
    const placed = orders.map((row) => ({ id: row.id, createdAt: row.created_at }));
    const byOrder = await loadLines(db, dialect, shop, placed);
    return orders.map((row) => ({ ...orderFromRow(row), lines: byOrder.get(row.id) ?? [] }));
  }

  return {
    async upsertOrders(shop, orders) {
      checkShop(shop);
      const clean = newestById(validateOrders(orders));
      if (clean.length === 0) return { written: 0, stale: 0 };
      return db.transaction().execute(async (trx) => {
        const { returned } = await bulkWrite(
          trx,
          dialect,
          {
            table: 'orders',
            columns: ORDER_COLUMNS,
            conflict: ['shop', 'id'],
            immutable: ['created_at'],
            keepWhenNull: ['checkout_token'],
            staleGuard: 'updated_at',
            returning: ['id', 'created_at'],
          },
          clean.map((order) => orderRow(shop, order)),
        );
        // An order keeps the createdAt first stored for it: its lines are keyed by it.
        const placed = new Map(returned.map((row) => [row.id, row.created_at]));
        const fresh = clean.flatMap((order) => {
          const createdAt = placed.get(order.id);
          return createdAt === undefined ? [] : [{ ...order, createdAt }];
        });
        // Lines are replaced as a whole: an edited order may have dropped or split lines.
        await deleteLines(trx, dialect, shop, fresh);
        await bulkWrite(
          trx,
          dialect,
          { table: 'order_lines', columns: LINE_COLUMNS },
          fresh.flatMap((order) => order.lines.map((line) => lineRow(shop, order, line))),
        );
        return { written: fresh.length, stale: clean.length - fresh.length };
      });
    },

    async getOrder(shop, orderId) {
      checkShop(shop);
      const row = await db
        .selectFrom('orders')
        .selectAll()
        .where('shop', '=', shop)
        .where('id', '=', orderId)
        .executeTakeFirst();
      return row === undefined ? undefined : (await withLines(shop, [row]))[0];
    },

    streamLines(shop, options) {
      checkShop(shop);
      return streamLines(context, shop, streamWindow(options));
    },

    async findByCustomerHash(shop, customerHash) {
      checkShop(shop);
      const hash = validate('customer', (check) => checkCustomerHash(check, 'customerHash', customerHash));
      const rows = await db
        .selectFrom('orders')
        .selectAll()
        .where('shop', '=', shop)
        .where('customer_hash', '=', hash)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return withLines(shop, rows);
    },

    async deleteByCustomerHash(shop, customerHash) {
      checkShop(shop);
      const hash = validate('customer', (check) => checkCustomerHash(check, 'customerHash', customerHash));
      return db
        .transaction()
        .execute((trx) => deleteCustomerOrders(trx, dialect, shop, hash, { attributions: false }));
    },

    countOrders: (shop) => countShopRows(db, 'orders', shop),
    countLines: (shop) => countShopRows(db, 'order_lines', shop),
  };
}
