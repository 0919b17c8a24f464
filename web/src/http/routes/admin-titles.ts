import type { ProductWithVariants } from '../../domain/product.js';
import type { CatalogStore } from '../../store/ports/catalog-store.js';

/** Looks products up once per request, however often a page names them. */
export function productLookup(
  catalog: CatalogStore,
  shop: string,
): (productId: string | null) => Promise<ProductWithVariants | undefined> {
  const seen = new Map<string, Promise<ProductWithVariants | undefined>>();
  return (productId) => {
    if (productId === null) return Promise.resolve(undefined);
    let found = seen.get(productId);
    if (!found) {
      found = catalog.getProduct(shop, productId);
      seen.set(productId, found);
    }
    return found;
  };
}
