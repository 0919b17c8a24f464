import type { ProductWithVariants } from '../domain/product.js';
import type { CatalogStore } from '../store/ports/catalog-store.js';
import type { CatalogProduct } from '../pairing/types.js';

/** Every product of the shop (pages of 1000), for views that need the whole catalog at once. */
export async function allProducts(catalog: CatalogStore, shop: string): Promise<ProductWithVariants[]> {
  const products: ProductWithVariants[] = [];
  let after: string | null = null;
  do {
    const page = await catalog.listProducts(shop, { after, limit: 1000 });
    products.push(...page.items);
    after = page.nextCursor;
  } while (after !== null);
  return products;
}

/** A stored product as the pairing core reads it. */
export function toCatalogProduct(product: ProductWithVariants): CatalogProduct {
  return {
    id: product.id,
    title: product.title,
    productType: product.productType,
    vendor: product.vendor,
    collections: product.collectionIds,
    status: product.status === 'ACTIVE' ? 'active' : product.status === 'DRAFT' ? 'draft' : 'archived',
    published: product.publishedAt !== null,
    variants: product.variants.map((variant) => ({
      id: variant.id,
      title: variant.title,
      priceMinor: variant.priceMinor,
      available: variant.availableForSale,
      options: variant.selectedOptions,
    })),
  };
}
