import type { ApiPage, ProductSummary } from '../../api-contract/index.js';
import type { ProductWithVariants } from '../../domain/product.js';
import { ValidationError } from '../../errors.js';
import type { CatalogStore } from '../../store/ports/catalog-store.js';

/** Where a search stopped: the store page it was reading and how many items of it were consumed. */
interface SearchPosition {
  readonly after: string | null;
  readonly skip: number;
}

const SCAN_PAGE = 500;

function encode(position: SearchPosition): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

function decode(cursor: string | undefined): SearchPosition {
  if (cursor === undefined) return { after: null, skip: 0 };
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<SearchPosition>;
    if (
      (value.after === null || typeof value.after === 'string') &&
      Number.isSafeInteger(value.skip) &&
      (value.skip ?? -1) >= 0
    )
      return { after: value.after, skip: value.skip as number };
  } catch {
    // Falls through: not a cursor we issued.
  }
  throw new ValidationError('Invalid cursor: pass back the nextCursor of the previous page', [
    { path: 'after', message: 'is not a cursor from this search' },
  ]);
}

export function productSummary(product: ProductWithVariants): ProductSummary {
  const prices = product.variants.map((variant) => variant.priceMinor);
  return {
    id: product.id,
    title: product.title,
    productType: product.productType,
    vendor: product.vendor,
    status: product.status,
    imageUrl: product.imageUrl,
    minPriceMinor: prices.length > 0 ? Math.min(...prices) : 0,
    maxPriceMinor: prices.length > 0 ? Math.max(...prices) : 0,
    variantCount: product.variants.length,
  };
}

function matcher(query: string): (product: ProductWithVariants) => boolean {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return () => true;
  return (product) => {
    const text = [
      product.title,
      product.vendor,
      product.productType,
      product.handle,
      ...product.tags,
      ...product.variants.map((variant) => variant.sku ?? ''),
    ]
      .join(' ')
      .toLowerCase();
    return terms.every((term) => text.includes(term));
  };
}

/**
 * Catalog search for the Offers page: every term must appear in the title, vendor, type, handle, tags or a SKU.
 * The store pages by id, so the search scans it page by page and its cursor remembers the store position; a shop
 * of 50k products scans in about a second, which suits an admin search box (a store-side index would be next).
 */
export async function searchProducts(
  catalog: CatalogStore,
  shop: string,
  query: { q: string; after?: string | undefined; limit: number },
): Promise<ApiPage<ProductSummary>> {
  const matches = matcher(query.q);
  const found: ProductSummary[] = [];
  let position = decode(query.after);
  for (;;) {
    const page = await catalog.listProducts(shop, { after: position.after, limit: SCAN_PAGE });
    for (let index = position.skip; index < page.items.length; index += 1) {
      const product = page.items[index] as ProductWithVariants;
      if (!matches(product)) continue;
      if (found.length === query.limit)
        return { items: found, nextCursor: encode({ after: position.after, skip: index }) };
      found.push(productSummary(product));
    }
    if (page.nextCursor === null) return { items: found, nextCursor: null };
    position = { after: page.nextCursor, skip: 0 };
  }
}
