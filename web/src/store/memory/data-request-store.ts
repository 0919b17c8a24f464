import type { JsonValue } from '../../domain/json.js';
import type { DataRequestStore } from '../ports/data-request-store.js';
import { checkShop } from '../validation/index.js';
import type { MemoryTables } from './tables.js';

export function createMemoryDataRequestStore(tables: MemoryTables): DataRequestStore {
  return {
    async save(shop, request, exported) {
      // Stored as text, like the SQL store: a later change to the caller's object cannot reach it.
      tables.dataRequests
        .of(checkShop(shop))
        .set(request.id, { request, exported: JSON.stringify(exported) });
    },
    async list(shop, now) {
      return tables.dataRequests
        .sorted(
          shop,
          (a, b) =>
            b.request.receivedAt.localeCompare(a.request.receivedAt) ||
            b.request.id.localeCompare(a.request.id),
        )
        .filter((row) => row.request.expiresAt > now)
        .map((row) => row.request);
    },
    async exportOf(shop, id, now) {
      const row = tables.dataRequests.of(shop).get(id);
      return row && row.request.expiresAt > now ? (JSON.parse(row.exported) as JsonValue) : undefined;
    },
    async purgeExpired(now) {
      let purged = 0;
      for (const shop of tables.dataRequests.shops()) {
        const rows = tables.dataRequests.of(shop);
        for (const [id, row] of rows) {
          if (row.request.expiresAt <= now) {
            rows.delete(id);
            purged += 1;
          }
        }
      }
      return purged;
    },
  };
}
