import { sql, type Kysely } from 'kysely';
import type { Schema } from '../database/schema.js';
import { checkShop } from '../validation/validate.js';

/** How many rows of `table` belong to the shop. */
export async function countShopRows(
  db: Kysely<Schema>,
  table: 'products' | 'orders' | 'order_lines' | 'events',
  shop: string,
): Promise<number> {
  checkShop(shop);
  const { rows } = await sql<{
    n: number;
  }>`select count(*) as n from ${sql.table(table)} where shop = ${shop}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}
