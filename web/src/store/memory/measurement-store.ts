import { randomUUID } from 'node:crypto';
import type { MeasurementStore } from '../ports/measurement-store.js';
import type { Clock } from '../types.js';
import { checkShop, validateOrderIds } from '../validation/index.js';
import {
  validateDayRange,
  validateDays,
  validateLimit,
  validateOrderFacts,
  validateRollups,
  validateVariantIds,
} from '../validation/measurement-facts.js';
import { createMemoryDayReads } from './measurement-day-reads.js';
import { byText, cloneJson, type MemoryTables } from './tables.js';

export function createMemoryMeasurementStore(tables: MemoryTables, clock: Clock): MeasurementStore {
  return {
    ...createMemoryDayReads(tables),
    async putOrderFacts(shop, facts) {
      checkShop(shop);
      const rows = tables.orderFacts.of(shop);
      for (const fact of validateOrderFacts(facts)) rows.set(fact.orderId, fact);
    },

    async getOrderFacts(shop, orderIds) {
      checkShop(shop);
      const rows = tables.orderFacts.of(shop);
      return validateOrderIds(orderIds)
        .flatMap((id) => rows.get(id) ?? [])
        .sort((a, b) => byText(a.orderId, b.orderId));
    },

    async deleteOrderFacts(shop, orderIds) {
      checkShop(shop);
      const rows = tables.orderFacts.of(shop);
      return validateOrderIds(orderIds).filter((id) => rows.delete(id)).length;
    },

    async unattributedOrders(shop, limit) {
      checkShop(shop);
      const size = validateLimit(limit);
      const facts = tables.orderFacts.of(shop);
      return tables.orders
        .sorted(shop, (a, b) => byText(a.createdAt, b.createdAt) || byText(a.id, b.id))
        .filter((order) => {
          const fact = facts.get(order.id);
          return fact === undefined || fact.sourceUpdatedAt < order.updatedAt;
        })
        .slice(0, size)
        .map((order) => ({ ...order, lines: [...order.lines].sort((a, b) => byText(a.lineId, b.lineId)) }));
    },

    async variantPrices(shop, variantIds) {
      checkShop(shop);
      const prices = new Map<string, number>();
      for (const id of validateVariantIds(variantIds)) {
        const product = tables.products.of(shop).get(tables.variantOwners.of(shop).get(id) ?? '');
        const variant = product?.variants.find((candidate) => candidate.id === id);
        if (variant) prices.set(id, variant.priceMinor);
      }
      return prices;
    },

    async markDirty(shop, days) {
      checkShop(shop);
      const rows = tables.kpiDirtyDays.of(shop);
      for (const day of validateDays(days)) rows.set(day, { day, mark: randomUUID() });
    },

    async dirtyDays(shop, range) {
      checkShop(shop);
      const bounds = range === undefined ? undefined : validateDayRange(range);
      return tables.kpiDirtyDays
        .sorted(shop, (a, b) => byText(a.day, b.day))
        .filter((row) => bounds === undefined || (row.day >= bounds.from && row.day <= bounds.to));
    },

    async putRollups(shop, rollups, done) {
      checkShop(shop);
      const clean = validateRollups(rollups, done);
      const computedAt = clock().toISOString();
      for (const { day, payload } of clean.rollups)
        tables.kpiDays.of(shop).set(day, { day, payload: cloneJson(payload), computedAt });
      const dirty = tables.kpiDirtyDays.of(shop);
      for (const { day, mark } of clean.done) if (dirty.get(day)?.mark === mark) dirty.delete(day);
    },

    async rollups(shop, range) {
      checkShop(shop);
      const { from, to } = validateDayRange(range);
      return tables.kpiDays
        .sorted(shop, (a, b) => byText(a.day, b.day))
        .filter((row) => row.day >= from && row.day <= to)
        .map((row) => ({ ...row, payload: cloneJson(row.payload) }));
    },
  };
}
