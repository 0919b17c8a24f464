import type { AttributionDaySum, AttributionStore } from '../ports/attribution-store.js';
import { checkShop, validateAttributions, validateOrderIds, validateRange } from '../validation/index.js';
import { byText, type MemoryTables } from './tables.js';

export function createMemoryAttributionStore(tables: MemoryTables): AttributionStore {
  return {
    async replaceForOrders(shop, orderIds, attributions) {
      checkShop(shop);
      const clean = validateAttributions(orderIds, attributions);
      const rows = tables.attributions.of(shop);
      const replaced = new Set(clean.orderIds);
      for (const [key, row] of rows) if (replaced.has(row.orderId)) rows.delete(key);
      for (const row of clean.attributions) rows.set(`${row.orderId} ${row.lineId}`, row);
    },

    async listForOrders(shop, orderIds) {
      checkShop(shop);
      const wanted = new Set(validateOrderIds(orderIds));
      return tables.attributions
        .sorted(shop, (a, b) => byText(`${a.orderId} ${a.lineId}`, `${b.orderId} ${b.lineId}`))
        .filter((row) => wanted.has(row.orderId));
    },

    async sumByDay(shop, range) {
      checkShop(shop);
      const { from, to } = validateRange(range);
      const orders = tables.orders.of(shop);
      const sums = new Map<string, AttributionDaySum & { readonly orderIds: Set<string> }>();
      for (const row of tables.attributions.of(shop).values()) {
        const createdAt = orders.get(row.orderId)?.createdAt;
        if (createdAt === undefined || createdAt < from || createdAt >= to) continue;
        const day = createdAt.slice(0, 10);
        const key = `${day} ${row.arm} ${row.kind}`;
        const sum = sums.get(key) ?? {
          day,
          arm: row.arm,
          kind: row.kind,
          revenueMinor: 0,
          quantity: 0,
          orders: 0,
          orderIds: new Set<string>(),
        };
        sum.orderIds.add(row.orderId);
        sums.set(key, {
          ...sum,
          revenueMinor: sum.revenueMinor + row.revenueMinor,
          quantity: sum.quantity + row.quantity,
          orders: sum.orderIds.size,
        });
      }
      return [...sums.entries()]
        .sort(([a], [b]) => byText(a, b))
        .map(([, sum]) => ({
          day: sum.day,
          arm: sum.arm,
          kind: sum.kind,
          revenueMinor: sum.revenueMinor,
          quantity: sum.quantity,
          orders: sum.orders,
        }));
    },
  };
}
