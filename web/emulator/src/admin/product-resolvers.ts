/** QueryRoot products/product/productsCount and the Product type. */
import { numericId } from '../state/gid.js';
import type { EmulatedProduct } from '../state/types.js';
import type { ResolverMap } from '../engine/field-resolver.js';
import { assertRootAccess } from './access-scopes.js';
import { withTypename } from './lookup.js';
import { paginate, sortValueFor, type ConnectionArgs } from './connection.js';
import type { AdminContext } from './context.js';
import { applySearch, type SearchSpec } from './search-filters.js';

export const PRODUCT_SEARCH: SearchSpec<EmulatedProduct> = {
  fields: {
    id: { kind: 'number', get: (p) => numericId(p.id) },
    status: { kind: 'text', get: (p) => p.status },
    title: { kind: 'text', get: (p) => p.title },
    handle: { kind: 'text', get: (p) => p.handle },
    product_type: { kind: 'text', get: (p) => p.productType },
    vendor: { kind: 'text', get: (p) => p.vendor },
    tag: { kind: 'text', get: (p) => p.tags },
    sku: { kind: 'text', get: (p) => p.variants.map((v) => v.sku) },
    published_status: { kind: 'text', get: (p) => (p.publishedAt ? 'published' : 'unpublished') },
    created_at: { kind: 'date', get: (p) => p.createdAt },
    updated_at: { kind: 'date', get: (p) => p.updatedAt },
    published_at: { kind: 'date', get: (p) => p.publishedAt },
  },
  defaultText: (p) => [p.title, ...p.variants.map((v) => v.sku)].join(' '),
};

const PRODUCT_SORT = {
  TITLE: (p: EmulatedProduct) => p.title.toLowerCase(),
  CREATED_AT: (p: EmulatedProduct) => p.createdAt,
  UPDATED_AT: (p: EmulatedProduct) => p.updatedAt,
  PUBLISHED_AT: (p: EmulatedProduct) => p.publishedAt ?? '',
  PRODUCT_TYPE: (p: EmulatedProduct) => p.productType.toLowerCase(),
  VENDOR: (p: EmulatedProduct) => p.vendor.toLowerCase(),
  INVENTORY_TOTAL: (p: EmulatedProduct) => totalInventory(p),
};

export function totalInventory(product: EmulatedProduct): number {
  return product.variants.reduce((sum, variant) => sum + variant.inventoryQuantity, 0);
}

/** Shopify's `Count`: exact up to `limit` (default 10,000), then AT_LEAST. */
export function countOf(total: number, limit: unknown): { count: number; precision: 'EXACT' | 'AT_LEAST' } {
  const cap = typeof limit === 'number' ? limit : Number.POSITIVE_INFINITY;
  return total > cap ? { count: cap, precision: 'AT_LEAST' } : { count: total, precision: 'EXACT' };
}

export function productImage(product: EmulatedProduct, ctx: AdminContext): object | null {
  if (!product.imageUrl) return null;
  const url = ctx.runtime.imageUrl(ctx.shop.shop.domain, product.imageUrl);
  return {
    id: `gid://shopify/ProductImage/${numericId(product.id)}`,
    url,
    altText: product.title,
    width: 800,
    height: 800,
  };
}

/** The product image as the MediaImage Shopify returns for `featuredMedia` (the non-deprecated image field). */
function productMedia(product: EmulatedProduct, ctx: AdminContext): object | null {
  const image = productImage(product, ctx);
  if (!image) return null;
  const media = {
    id: `gid://shopify/MediaImage/${numericId(product.id)}`,
    alt: product.title,
    mediaContentType: 'IMAGE',
    status: 'READY',
    image,
    preview: { image, status: 'READY' },
  };
  return withTypename(media, 'MediaImage');
}

const product = (source: unknown): EmulatedProduct => source as EmulatedProduct;

export const productResolvers: ResolverMap<AdminContext> = {
  QueryRoot: {
    products: (_s, args, ctx, info) => {
      assertRootAccess('products', ctx);
      const found = applySearch(ctx.shop.productList(), args['query'], PRODUCT_SEARCH, ctx, [info.path.key]);
      return paginate(found, args as ConnectionArgs, sortValueFor(args['sortKey'], PRODUCT_SORT), ctx);
    },
    product: (_s, args, ctx) => {
      assertRootAccess('product', ctx);
      return ctx.shop.products.get(String(args['id'])) ?? null;
    },
    productsCount: (_s, args, ctx, info) => {
      assertRootAccess('productsCount', ctx);
      return countOf(
        applySearch(ctx.shop.productList(), args['query'], PRODUCT_SEARCH, ctx, [info.path.key]).length,
        args['limit'],
      );
    },
  },
  Product: {
    legacyResourceId: (s) => String(numericId(product(s).id)),
    variants: (s, args, ctx) => paginate(product(s).variants, args as ConnectionArgs, (v) => v.position, ctx),
    variantsCount: (s) => countOf(product(s).variants.length, null),
    options: (s, args) =>
      product(s)
        .options.slice(0, typeof args['first'] === 'number' ? args['first'] : undefined)
        .map((option, index) => ({
          id: `gid://shopify/ProductOption/${numericId(product(s).id) * 10 + index}`,
          name: option.name,
          position: index + 1,
          values: option.values,
        })),
    totalInventory: (s) => totalInventory(product(s)),
    tracksInventory: () => true,
    hasOnlyDefaultVariant: (s) => product(s).variants.length === 1 && product(s).options.length <= 1,
    featuredImage: (s, _a, ctx) => productImage(product(s), ctx),
    featuredMedia: (s, _a, ctx) => productMedia(product(s), ctx),
    onlineStoreUrl: (s, _a, ctx) =>
      product(s).publishedAt && product(s).status === 'ACTIVE'
        ? `https://${ctx.shop.shop.domain}/products/${product(s).handle}`
        : null,
    descriptionHtml: () => '',
    collections: (s, args, ctx) =>
      paginate(
        product(s).collectionIds.flatMap((id) => ctx.shop.collections.get(id) ?? []),
        args as ConnectionArgs,
        (c) => numericId(c.id),
        ctx,
      ),
  },
};
