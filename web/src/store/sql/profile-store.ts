import type { ProfileCustomer, ProfileStore } from '../ports/profile-store.js';
import { encodeCursor, pageWindow } from '../shared/paging.js';
import { checkShop } from '../validation/index.js';
import { validateProfileCustomers, validatePublishedProfiles } from '../validation/profiles.js';
import type { SqlContext } from './context.js';

const toCustomer = (row: {
  customer_id: string;
  customer_hash: string;
  published_hash: string | null;
}): ProfileCustomer => ({
  customerId: row.customer_id,
  customerHash: row.customer_hash,
  publishedHash: row.published_hash,
});

/** Rows per insert: well under SQLite's 32,766 bound parameters at 4 a row. */
const CHUNK = 1_000;

export function createSqlProfileStore({ db }: SqlContext): ProfileStore {
  return {
    async remember(shop, customers) {
      checkShop(shop);
      const rows = validateProfileCustomers(customers).map((customer) => ({
        shop,
        customer_id: customer.customerId,
        customer_hash: customer.customerHash,
        published_hash: null,
      }));
      for (let at = 0; at < rows.length; at += CHUNK)
        await db
          .insertInto('customer_profiles')
          .values(rows.slice(at, at + CHUNK))
          .onConflict((oc) => oc.columns(['shop', 'customer_id']).doNothing())
          .execute();
    },
    async list(shop, request) {
      const { after, limit } = pageWindow(request, 1);
      let query = db
        .selectFrom('customer_profiles')
        .select(['customer_id', 'customer_hash', 'published_hash'])
        .where('shop', '=', checkShop(shop));
      if (after !== null) query = query.where('customer_id', '>', after[0] ?? '');
      const rows = await query
        .orderBy('customer_id')
        .limit(limit + 1)
        .execute();
      const items = rows.slice(0, limit).map(toCustomer);
      const last = items.at(-1);
      return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.customerId]) : null };
    },
    async markPublished(shop, published) {
      checkShop(shop);
      const marks = validatePublishedProfiles(published);
      await db.transaction().execute(async (trx) => {
        for (const { customerId, contentHash } of marks)
          await trx
            .updateTable('customer_profiles')
            .set({ published_hash: contentHash })
            .where('shop', '=', shop)
            .where('customer_id', '=', customerId)
            .execute();
      });
    },
    async findByHash(shop, customerHash) {
      const row = await db
        .selectFrom('customer_profiles')
        .select(['customer_id', 'customer_hash', 'published_hash'])
        .where('shop', '=', checkShop(shop))
        .where('customer_hash', '=', customerHash)
        .executeTakeFirst();
      return row && toCustomer(row);
    },
    async forgetAll(shop) {
      const result = await db
        .deleteFrom('customer_profiles')
        .where('shop', '=', checkShop(shop))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
