import type { OrderWithLines } from '../../domain/order.js';
import type { MinerLine, OrderStore } from '../ports/order-store.js';
import { newestById } from '../shared/collections.js';
import { minerLines, streamWindow, type StreamWindow } from '../shared/streaming.js';
import { checkCustomerHash, checkShop, validate, validateOrders } from '../validation/index.js';
import { byText, type MemoryTables } from './tables.js';

const byCreated = (a: OrderWithLines, b: OrderWithLines) =>
  byText(a.createdAt, b.createdAt) || byText(a.id, b.id);

/** Removes the customer's orders; with `attributions`, theirs too (customers/redact). */
export function deleteMemoryCustomerOrders(
  tables: MemoryTables,
  shop: string,
  hash: string,
  attributions: boolean,
): number {
  const orders = tables.orders.of(shop);
  let removed = 0;
  for (const order of [...orders.values()]) {
    if (order.customerHash !== hash) continue;
    orders.delete(order.id);
    removed += 1;
    if (!attributions) continue;
    const rows = tables.attributions.of(shop);
    for (const [key, row] of rows) if (row.orderId === order.id) rows.delete(key);
    tables.orderFacts.of(shop).delete(order.id);
  }
  return removed;
}

export function createMemoryOrderStore(tables: MemoryTables): OrderStore {
  const customer = (hash: string) =>
    validate('customer', (check) => checkCustomerHash(check, 'customerHash', hash));
  const withSortedLines = (order: OrderWithLines): OrderWithLines => ({
    ...order,
    lines: [...order.lines].sort((a, b) => byText(a.lineId, b.lineId)),
  });

  async function* stream(
    shop: string,
    { since, ordersPerBatch }: StreamWindow,
  ): AsyncGenerator<readonly MinerLine[]> {
    const orders = tables.orders
      .sorted(shop, byCreated)
      .filter((order) => since === null || order.createdAt >= since);
    for (let start = 0; start < orders.length; start += ordersPerBatch) {
      const batch = orders
        .slice(start, start + ordersPerBatch)
        .flatMap((order) => minerLines(order, order.lines));
      if (batch.length > 0) yield batch;
    }
  }

  return {
    async upsertOrders(shop, orders) {
      checkShop(shop);
      const clean = newestById(validateOrders(orders));
      const rows = tables.orders.of(shop);
      let written = 0;
      for (const order of clean) {
        const stored = rows.get(order.id);
        if (stored !== undefined && stored.updatedAt > order.updatedAt) continue;
        // Like the SQL store, an order keeps the createdAt first stored for it, and a checkout token once known.
        rows.set(
          order.id,
          withSortedLines(
            stored === undefined
              ? order
              : {
                  ...order,
                  createdAt: stored.createdAt,
                  checkoutToken: order.checkoutToken ?? stored.checkoutToken,
                },
          ),
        );
        written += 1;
      }
      return { written, stale: clean.length - written };
    },

    async getOrder(shop, orderId) {
      return tables.orders.of(checkShop(shop)).get(orderId);
    },

    streamLines(shop, options) {
      checkShop(shop);
      return stream(shop, streamWindow(options));
    },

    async findByCustomerHash(shop, customerHash) {
      checkShop(shop);
      const hash = customer(customerHash);
      return tables.orders.sorted(shop, byCreated).filter((order) => order.customerHash === hash);
    },

    async deleteByCustomerHash(shop, customerHash) {
      checkShop(shop);
      return deleteMemoryCustomerOrders(tables, shop, customer(customerHash), false);
    },

    async countOrders(shop) {
      return tables.orders.of(checkShop(shop)).size;
    },

    async countLines(shop) {
      let lines = 0;
      for (const order of tables.orders.of(checkShop(shop)).values()) lines += order.lines.length;
      return lines;
    },
  };
}
