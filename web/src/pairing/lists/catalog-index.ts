import type { CatalogProduct, CatalogVariant } from '../types.js';
import { canonicalProductId } from './gids.js';

export const UNSELLABLE_REASONS = ['unknown_product', 'inactive', 'unpublished', 'out_of_stock'] as const;
export type UnsellableReason = (typeof UNSELLABLE_REASONS)[number];

export type Sellability =
  | { readonly kind: 'sellable'; readonly product: CatalogProduct; readonly variant: CatalogVariant }
  | { readonly kind: 'unsellable'; readonly reason: UnsellableReason };

/** Catalog lookups by canonical product id, and the one rule for what a cross-sell offers. */
export class CatalogIndex {
  private readonly byId = new Map<string, CatalogProduct>();

  constructor(readonly products: readonly CatalogProduct[]) {
    for (const product of products) this.byId.set(canonicalProductId(product.id), product);
  }

  get(productId: string): CatalogProduct | undefined {
    return this.byId.get(canonicalProductId(productId));
  }

  /** A product can be offered when active, published and some variant is available; the first such is offered. */
  sellability(productId: string): Sellability {
    const product = this.get(productId);
    if (!product) return { kind: 'unsellable', reason: 'unknown_product' };
    if (product.status !== 'active') return { kind: 'unsellable', reason: 'inactive' };
    if (!product.published) return { kind: 'unsellable', reason: 'unpublished' };
    const variant = product.variants.find((candidate) => candidate.available);
    if (!variant) return { kind: 'unsellable', reason: 'out_of_stock' };
    return { kind: 'sellable', product, variant };
  }

  /** Group keys for cold start, most specific first: product type, collections, vendor. */
  groupKeys(productId: string): string[] {
    const product = this.get(productId);
    if (!product) return [];
    const keys: string[] = [];
    if (product.productType.trim()) keys.push(`type:${product.productType.trim().toLowerCase()}`);
    for (const collection of product.collections)
      if (collection.trim()) keys.push(`collection:${collection.trim().toLowerCase()}`);
    if (product.vendor.trim()) keys.push(`vendor:${product.vendor.trim().toLowerCase()}`);
    return keys;
  }
}
