import type { JsonValue } from '../../domain/json.js';
import type { DataRequestStore } from '../ports/data-request-store.js';
import { checkShop } from '../validation/index.js';
import type { SqlContext } from './context.js';

export function createSqlDataRequestStore({ db }: SqlContext): DataRequestStore {
  return {
    async save(shop, request, exported) {
      const row = {
        customer_id: request.customerId,
        received_at: request.receivedAt,
        expires_at: request.expiresAt,
        orders: request.orders,
        export: JSON.stringify(exported),
      };
      await db
        .insertInto('data_requests')
        .values({ shop: checkShop(shop), id: request.id, ...row })
        .onConflict((oc) => oc.columns(['shop', 'id']).doUpdateSet(row))
        .execute();
    },
    async list(shop, now) {
      const rows = await db
        .selectFrom('data_requests')
        .select(['id', 'customer_id', 'received_at', 'expires_at', 'orders'])
        .where('shop', '=', shop)
        .where('expires_at', '>', now)
        .orderBy('received_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        customerId: row.customer_id,
        receivedAt: row.received_at,
        expiresAt: row.expires_at,
        orders: Number(row.orders),
      }));
    },
    async exportOf(shop, id, now) {
      const row = await db
        .selectFrom('data_requests')
        .select('export')
        .where('shop', '=', shop)
        .where('id', '=', id)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return row === undefined ? undefined : (JSON.parse(row.export) as JsonValue);
    },
    async purgeExpired(now) {
      const result = await db.deleteFrom('data_requests').where('expires_at', '<=', now).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
