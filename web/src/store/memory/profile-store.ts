import type { ProfileCustomer, ProfileStore } from '../ports/profile-store.js';
import { encodeCursor, pageWindow } from '../shared/paging.js';
import { checkShop } from '../validation/index.js';
import { validateProfileCustomers, validatePublishedProfiles } from '../validation/profiles.js';
import type { MemoryTables } from './tables.js';

export function createMemoryProfileStore(tables: MemoryTables): ProfileStore {
  return {
    async remember(shop, customers) {
      const rows = tables.profiles.of(checkShop(shop));
      for (const customer of validateProfileCustomers(customers))
        if (!rows.has(customer.customerId))
          rows.set(customer.customerId, { ...customer, publishedHash: null });
    },
    async list(shop, request) {
      const { after, limit } = pageWindow(request, 1);
      const items = tables.profiles
        .sorted(checkShop(shop), (a, b) =>
          a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0,
        )
        .filter((row) => after === null || row.customerId > (after[0] ?? ''))
        .slice(0, limit + 1);
      const page = items.slice(0, limit).map((row): ProfileCustomer => ({ ...row }));
      const last = page.at(-1);
      return {
        items: page,
        nextCursor: items.length > limit && last ? encodeCursor([last.customerId]) : null,
      };
    },
    async markPublished(shop, published) {
      const rows = tables.profiles.of(checkShop(shop));
      for (const { customerId, contentHash } of validatePublishedProfiles(published)) {
        const row = rows.get(customerId);
        if (row) rows.set(customerId, { ...row, publishedHash: contentHash });
      }
    },
    async findByHash(shop, customerHash) {
      const row = [...tables.profiles.of(checkShop(shop)).values()].find(
        (r) => r.customerHash === customerHash,
      );
      return row && { ...row };
    },
    async forgetAll(shop) {
      const rows = tables.profiles.of(checkShop(shop));
      const count = rows.size;
      rows.clear();
      return count;
    },
  };
}
