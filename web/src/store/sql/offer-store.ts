import type { JsonValue } from '../../domain/json.js';
import type { OfferList } from '../../domain/offer.js';
import type { OffersTable } from '../database/schema.js';
import type { OfferStore } from '../ports/offer-store.js';
import { chunk } from '../shared/collections.js';
import { listHash } from '../shared/hash.js';
import { pageWindow, toPage } from '../shared/paging.js';
import {
  checkShop,
  validateModelReport,
  validateOfferLists,
  validateProductIds,
  validatePublished,
} from '../validation/index.js';
import { bulkWrite, deleteIn } from './bulk.js';
import { nowIso, type SqlContext } from './context.js';

function listFromRow(row: OffersTable): OfferList {
  return {
    productId: row.product_id,
    offers: JSON.parse(row.offers) as OfferList['offers'],
    ...(row.votes === null ? {} : { votes: JSON.parse(row.votes) as NonNullable<OfferList['votes']> }),
    contentHash: row.content_hash,
    computedAt: row.computed_at,
    publishedAt: row.published_at,
    publishedHash: row.published_hash,
  };
}

export function createSqlOfferStore(context: SqlContext): OfferStore {
  const { db, dialect } = context;
  return {
    async putLists(shop, lists) {
      checkShop(shop);
      const clean = validateOfferLists(lists).map((list) => ({
        ...list,
        contentHash: listHash(list),
      }));
      return db.transaction().execute(async (trx) => {
        const stored = new Map<string, string>();
        for (const part of chunk(
          clean.map((list) => list.productId),
          1_000,
        )) {
          const rows = await trx
            .selectFrom('offers')
            .select(['product_id', 'content_hash'])
            .where('shop', '=', shop)
            .where('product_id', 'in', part)
            .execute();
          for (const row of rows) stored.set(row.product_id, row.content_hash);
        }
        // Publication columns are not in the column list, so an upsert keeps what was last published.
        await bulkWrite(
          trx,
          dialect,
          {
            table: 'offers',
            columns: ['shop', 'product_id', 'offers', 'votes', 'content_hash', 'computed_at'],
            conflict: ['shop', 'product_id'],
          },
          clean.map((list) => ({
            shop,
            product_id: list.productId,
            offers: JSON.stringify(list.offers),
            votes: list.votes === undefined ? null : JSON.stringify(list.votes),
            content_hash: list.contentHash,
            computed_at: list.computedAt,
            published_at: null,
            published_hash: null,
          })),
        );
        const changed = clean.filter((list) => stored.get(list.productId) !== list.contentHash).length;
        return { changed, unchanged: clean.length - changed };
      });
    },

    async getList(shop, productId) {
      checkShop(shop);
      const row = await db
        .selectFrom('offers')
        .selectAll()
        .where('shop', '=', shop)
        .where('product_id', '=', productId)
        .executeTakeFirst();
      return row === undefined ? undefined : listFromRow(row);
    },

    async publishedProducts(shop, productIds) {
      checkShop(shop);
      const published = new Set<string>();
      for (const part of chunk(validateProductIds(productIds), 1_000)) {
        const rows = await db
          .selectFrom('offers')
          .select('product_id')
          .where('shop', '=', shop)
          .where('product_id', 'in', part)
          .where('published_hash', 'is not', null)
          .execute();
        for (const row of rows) published.add(row.product_id);
      }
      return published;
    },

    async listUnpublished(shop, request) {
      checkShop(shop);
      const { after, limit } = pageWindow(request, 1);
      let query = db
        .selectFrom('offers')
        .selectAll()
        .where('shop', '=', shop)
        .where((eb) =>
          eb.or([eb('published_hash', 'is', null), eb('published_hash', '<>', eb.ref('content_hash'))]),
        );
      if (after) query = query.where('product_id', '>', after[0] ?? '');
      const rows = await query
        .orderBy('product_id')
        .limit(limit + 1)
        .execute();
      const page = toPage(rows, limit, (row) => [row.product_id]);
      return { items: page.items.map(listFromRow), nextCursor: page.nextCursor };
    },

    async markPublished(shop, published) {
      checkShop(shop);
      const clean = validatePublished(published);
      const at = nowIso(context);
      return db.transaction().execute(async (trx) => {
        let marked = 0;
        for (const { productId, contentHash: hash } of clean) {
          const result = await trx
            .updateTable('offers')
            .set({ published_hash: hash, published_at: at })
            .where('shop', '=', shop)
            .where('product_id', '=', productId)
            .where('content_hash', '=', hash)
            .executeTakeFirst();
          marked += Number(result.numUpdatedRows);
        }
        return marked;
      });
    },

    async removeLists(shop, productIds) {
      checkShop(shop);
      return deleteIn(db, dialect, 'offers', shop, 'product_id', validateProductIds(productIds));
    },

    async putModelReport(shop, report) {
      checkShop(shop);
      const clean = validateModelReport(report);
      const row = {
        shop,
        report: JSON.stringify(clean.selection),
        orders: clean.orders,
        computed_at: clean.computedAt,
      };
      await db
        .insertInto('offer_models')
        .values(row)
        .onConflict((conflict) =>
          conflict.column('shop').doUpdateSet({
            report: row.report,
            orders: row.orders,
            computed_at: row.computed_at,
          }),
        )
        .execute();
    },

    async getModelReport(shop) {
      checkShop(shop);
      const row = await db.selectFrom('offer_models').selectAll().where('shop', '=', shop).executeTakeFirst();
      return row === undefined
        ? undefined
        : {
            computedAt: row.computed_at,
            orders: Number(row.orders),
            selection: JSON.parse(row.report) as JsonValue,
          };
    },
  };
}
