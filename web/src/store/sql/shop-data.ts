import { CompiledQuery, type Kysely } from 'kysely';
import { SHOP_TABLES, type Schema } from '../database/schema.js';
import type { DialectName } from '../database/types.js';
import { deleteIn } from './bulk.js';
import { deleteLines } from './order-lines.js';

/** shop/redact: one transaction deleting the shop's rows from every table (SHOP_TABLES lists them all). */
export async function deleteShopRows(db: Kysely<Schema>, dialect: DialectName, shop: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const table of SHOP_TABLES) {
      await trx.executeQuery(
        CompiledQuery.raw(`delete from "${table}" where "shop" = ${dialect === 'sqlite' ? '?' : '$1'}`, [
          shop,
        ]),
      );
    }
  });
}

/** Removes a customer's orders with their lines (and, for customers/redact, their attributions and order facts). Run in a transaction. */
export async function deleteCustomerOrders(
  trx: Kysely<Schema>,
  dialect: DialectName,
  shop: string,
  customerHash: string,
  options: { readonly attributions: boolean },
): Promise<number> {
  const rows = await trx
    .selectFrom('orders')
    .select(['id', 'created_at'])
    .where('shop', '=', shop)
    .where('customer_hash', '=', customerHash)
    .execute();
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return 0;
  if (options.attributions) {
    await deleteIn(trx, dialect, 'attributions', shop, 'order_id', ids);
    await deleteIn(trx, dialect, 'order_facts', shop, 'order_id', ids);
  }
  await deleteLines(
    trx,
    dialect,
    shop,
    rows.map((row) => ({ id: row.id, createdAt: row.created_at })),
  );
  return deleteIn(trx, dialect, 'orders', shop, 'id', ids);
}
