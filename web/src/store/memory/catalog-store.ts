import type { ProductWithVariants } from '../../domain/product.js';
import type { CatalogStore } from '../ports/catalog-store.js';
import { newestById } from '../shared/collections.js';
import { pageWindow, toPage } from '../shared/paging.js';
import {
  checkShop,
  validate,
  validateInventoryUpdates,
  validateProductIds,
  validateProducts,
} from '../validation/index.js';
import { byText, type MemoryTables } from './tables.js';

export function createMemoryCatalogStore(tables: MemoryTables): CatalogStore {
  const sortVariants = (product: ProductWithVariants): ProductWithVariants => ({
    ...product,
    variants: [...product.variants].sort((a, b) => a.position - b.position || byText(a.id, b.id)),
  });

  function remove(shop: string, productId: string): boolean {
    const product = tables.products.of(shop).get(productId);
    if (product === undefined) return false;
    for (const variant of product.variants) tables.variantOwners.of(shop).delete(variant.id);
    tables.products.of(shop).delete(productId);
    return true;
  }

  return {
    async upsertProducts(shop, products) {
      checkShop(shop);
      const clean = newestById(validateProducts(products));
      const rows = tables.products.of(shop);
      const owners = tables.variantOwners.of(shop);
      let written = 0;
      for (const product of clean) {
        const stored = rows.get(product.id);
        if (stored !== undefined && stored.updatedAt > product.updatedAt) continue;
        remove(shop, product.id);
        for (const variant of product.variants) {
          // A variant id is unique per shop: one that moved to this product leaves its old one.
          const previous = owners.get(variant.id);
          const owner = previous === undefined ? undefined : rows.get(previous);
          if (owner !== undefined)
            rows.set(owner.id, { ...owner, variants: owner.variants.filter((v) => v.id !== variant.id) });
          owners.set(variant.id, product.id);
        }
        rows.set(product.id, sortVariants(product));
        written += 1;
      }
      return { written, stale: clean.length - written };
    },

    async updateInventory(shop, updates) {
      checkShop(shop);
      const clean = validateInventoryUpdates(updates);
      const rows = tables.products.of(shop);
      let written = 0;
      for (const update of clean) {
        const product = rows.get(tables.variantOwners.of(shop).get(update.variantId) ?? '');
        const variant = product?.variants.find((v) => v.id === update.variantId);
        if (product === undefined || variant === undefined || variant.updatedAt > update.updatedAt) continue;
        const { inventoryQuantity, availableForSale, updatedAt } = update;
        const variants = product.variants.map((v) =>
          v === variant ? { ...v, inventoryQuantity, availableForSale, updatedAt } : v,
        );
        rows.set(product.id, { ...product, variants });
        written += 1;
      }
      return { written, stale: clean.length - written };
    },

    async deleteProducts(shop, productIds) {
      checkShop(shop);
      return validateProductIds(productIds).filter((id) => remove(shop, id)).length;
    },

    async getProduct(shop, productId) {
      return tables.products.of(checkShop(shop)).get(productId);
    },

    async listProducts(shop, request = {}) {
      checkShop(shop);
      const { after, limit } = pageWindow(request, 1);
      const since =
        request.updatedSince === undefined
          ? undefined
          : validate('product list', (c) => c.timestamp('updatedSince', request.updatedSince));
      const rows = tables.products
        .sorted(shop, (a, b) => byText(a.id, b.id))
        .filter(
          (p) => (after === null || p.id > (after[0] ?? '')) && (since === undefined || p.updatedAt >= since),
        );
      return toPage(rows.slice(0, limit + 1), limit, (p) => [p.id]);
    },

    async countProducts(shop) {
      return tables.products.of(checkShop(shop)).size;
    },
  };
}
