import type { RefreshLeaseStore } from '../ports/refresh-lease-store.js';
import type { Clock } from '../types.js';
import { checkShop } from '../validation/index.js';
import type { MemoryTables } from './tables.js';

export function createMemoryRefreshLeaseStore(tables: MemoryTables, clock: Clock): RefreshLeaseStore {
  return {
    async tryAcquire(shop, holder, ttlMs) {
      checkShop(shop);
      const now = clock().getTime();
      const held = tables.refreshLeases.get(shop);
      if (held !== undefined && held.expiresAt > now) return false;
      tables.refreshLeases.set(shop, { holder, expiresAt: now + ttlMs });
      return true;
    },
    async release(shop, holder) {
      if (tables.refreshLeases.get(shop)?.holder === holder) tables.refreshLeases.delete(shop);
    },
  };
}
