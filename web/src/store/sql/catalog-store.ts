import type { ProductWithVariants } from '../../domain/product.js';
import type { ProductsTable } from '../database/schema.js';
import type { CatalogStore, WriteResult } from '../ports/catalog-store.js';
import { groupBy, newestById } from '../shared/collections.js';
import { pageWindow, toPage } from '../shared/paging.js';
import {
  checkShop,
  validateInventoryUpdates,
  validateProductIds,
  validateProducts,
  validate,
} from '../validation/index.js';
import { bulkWrite, deleteIn } from './bulk.js';
import type { SqlContext } from './context.js';
import { countShopRows } from './count.js';
import {
  PRODUCT_COLUMNS,
  VARIANT_COLUMNS,
  productFromRow,
  productRow,
  variantFromRow,
  variantRow,
} from './rows/catalog-rows.js';
import { updateInventory } from './inventory.js';

export function createSqlCatalogStore(context: SqlContext): CatalogStore {
  const { db, dialect } = context;

  async function withVariants(
    shop: string,
    productRows: readonly ProductsTable[],
  ): Promise<ProductWithVariants[]> {
    const ids = productRows.map((row) => row.id);
    const variants =
      ids.length === 0
        ? []
        : await db
            .selectFrom('variants')
            .selectAll()
            .where('shop', '=', shop)
            .where('product_id', 'in', ids)
            .orderBy('position')
            .orderBy('id')
            .execute();
    const byProduct = groupBy(variants, (row) => row.product_id, variantFromRow);
    return productRows.map((row) => productFromRow(row, byProduct.get(row.id) ?? []));
  }

  return {
    async upsertProducts(shop, products): Promise<WriteResult> {
      checkShop(shop);
      const clean = newestById(validateProducts(products));
      if (clean.length === 0) return { written: 0, stale: 0 };
      return db.transaction().execute(async (trx) => {
        const { returned } = await bulkWrite(
          trx,
          dialect,
          {
            table: 'products',
            columns: PRODUCT_COLUMNS,
            conflict: ['shop', 'id'],
            staleGuard: 'updated_at',
            returning: ['id'],
          },
          clean.map((product) => productRow(shop, product)),
        );
        const written = new Set(returned.map((row) => row.id));
        const fresh = clean.filter((product) => written.has(product.id));
        // Replace, not merge: a variant removed in Shopify must disappear here too.
        await deleteIn(
          trx,
          dialect,
          'variants',
          shop,
          'product_id',
          fresh.map((product) => product.id),
        );
        await bulkWrite(
          trx,
          dialect,
          { table: 'variants', columns: VARIANT_COLUMNS, conflict: ['shop', 'id'] },
          fresh.flatMap((product) => product.variants.map((variant) => variantRow(shop, variant))),
        );
        return { written: fresh.length, stale: clean.length - fresh.length };
      });
    },

    async updateInventory(shop, updates) {
      checkShop(shop);
      return updateInventory(context, shop, validateInventoryUpdates(updates));
    },

    async deleteProducts(shop, productIds) {
      checkShop(shop);
      const ids = validateProductIds(productIds);
      return db.transaction().execute(async (trx) => {
        await deleteIn(trx, dialect, 'variants', shop, 'product_id', ids);
        return deleteIn(trx, dialect, 'products', shop, 'id', ids);
      });
    },

    async getProduct(shop, productId) {
      checkShop(shop);
      const row = await db
        .selectFrom('products')
        .selectAll()
        .where('shop', '=', shop)
        .where('id', '=', productId)
        .executeTakeFirst();
      if (row === undefined) return undefined;
      const [product] = await withVariants(shop, [row]);
      return product;
    },

    async listProducts(shop, request = {}) {
      checkShop(shop);
      const { after, limit } = pageWindow(request, 1);
      const since =
        request.updatedSince === undefined
          ? undefined
          : validate('product list', (c) => c.timestamp('updatedSince', request.updatedSince));
      let query = db.selectFrom('products').selectAll().where('shop', '=', shop);
      if (after) query = query.where('id', '>', after[0] ?? '');
      if (since !== undefined) query = query.where('updated_at', '>=', since);
      const rows = await query
        .orderBy('id')
        .limit(limit + 1)
        .execute();
      const page = toPage(rows, limit, (row) => [row.id]);
      return { items: await withVariants(shop, page.items), nextCursor: page.nextCursor };
    },

    countProducts: (shop) => countShopRows(db, 'products', shop),
  };
}
