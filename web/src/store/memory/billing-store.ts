import type { BillingSubscription, UsageRecord } from '../../domain/billing.js';
import { NotFoundError } from '../../errors.js';
import type { BillingStore } from '../ports/billing-store.js';
import { checkShop, validateSubscription, validateUsageRecord } from '../validation/index.js';
import { byText, type MemoryTables } from './tables.js';

const newestFirst = (a: BillingSubscription, b: BillingSubscription) =>
  byText(b.createdAt, a.createdAt) || byText(b.id, a.id);
const oldestFirst = (a: UsageRecord, b: UsageRecord) =>
  byText(a.createdAt, b.createdAt) || byText(a.key, b.key);

export function createMemoryBillingStore(tables: MemoryTables): BillingStore {
  return {
    async saveSubscription(shop, subscription) {
      const clean = validateSubscription(subscription);
      tables.subscriptions.of(checkShop(shop)).set(clean.id, { ...clean });
    },
    async subscriptions(shop) {
      return tables.subscriptions.sorted(checkShop(shop), newestFirst).map((row) => ({ ...row }));
    },
    async claimUsage(shop, record) {
      const clean = validateUsageRecord(record);
      const rows = tables.usage.of(checkShop(shop));
      const existing = rows.get(clean.key);
      if (existing) return { kind: 'exists', record: { ...existing } };
      rows.set(clean.key, { ...clean });
      return { kind: 'claimed' };
    },
    async updateUsage(shop, record) {
      const clean = validateUsageRecord(record);
      const rows = tables.usage.of(checkShop(shop));
      if (!rows.has(clean.key)) throw new NotFoundError(`Usage record ${clean.key} not found for ${shop}`);
      rows.set(clean.key, { ...clean });
    },
    async countUsage(shop, period, exceptKey) {
      let count = 0;
      for (const row of tables.usage.of(checkShop(shop)).values())
        if (row.period === period && row.key !== exceptKey) count += 1;
      return count;
    },
    async usageInPeriod(shop, period) {
      return tables.usage
        .sorted(checkShop(shop), oldestFirst)
        .filter((row) => row.period === period)
        .map((row) => ({ ...row }));
    },
  };
}
