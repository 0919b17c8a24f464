import type { RefreshLeaseStore } from '../ports/refresh-lease-store.js';
import { checkShop } from '../validation/index.js';
import type { SqlContext } from './context.js';

/** One row per held lease; the insert-or-take-over-if-lapsed is a single statement, so two processes never both win. */
export function createSqlRefreshLeaseStore({ db, clock }: SqlContext): RefreshLeaseStore {
  return {
    async tryAcquire(shop, holder, ttlMs) {
      checkShop(shop);
      const now = clock();
      const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
      const result = await db
        .insertInto('refresh_leases')
        .values({ shop, holder, expires_at: expiresAt })
        .onConflict((oc) =>
          oc
            .column('shop')
            .doUpdateSet({ holder, expires_at: expiresAt })
            .where('refresh_leases.expires_at', '<=', now.toISOString()),
        )
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    },

    async release(shop, holder) {
      await db.deleteFrom('refresh_leases').where('shop', '=', shop).where('holder', '=', holder).execute();
    },
  };
}
