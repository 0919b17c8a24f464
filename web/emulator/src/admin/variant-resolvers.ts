/** QueryRoot productVariants/productVariant and the ProductVariant type. */
import { numericId } from '../state/gid.js';
import type { EmulatedProduct, EmulatedVariant } from '../state/types.js';
import type { ResolverMap } from '../engine/field-resolver.js';
import { accessDenied, assertRootAccess } from './access-scopes.js';
import { paginate, sortValueFor, type ConnectionArgs } from './connection.js';
import type { AdminContext } from './context.js';
import { productImage } from './product-resolvers.js';
import { applySearch, type SearchSpec } from './search-filters.js';

const VARIANT_SEARCH: SearchSpec<EmulatedVariant> = {
  fields: {
    id: { kind: 'number', get: (v) => numericId(v.id) },
    product_id: { kind: 'number', get: (v) => numericId(v.productId) },
    sku: { kind: 'text', get: (v) => v.sku },
    title: { kind: 'text', get: (v) => v.title },
    inventory_quantity: { kind: 'number', get: (v) => v.inventoryQuantity },
    created_at: { kind: 'date', get: (v) => v.createdAt },
    updated_at: { kind: 'date', get: (v) => v.updatedAt },
  },
  defaultText: (v) => `${v.title} ${v.sku}`,
};

const VARIANT_SORT = {
  SKU: (v: EmulatedVariant) => v.sku,
  TITLE: (v: EmulatedVariant) => v.title.toLowerCase(),
  POSITION: (v: EmulatedVariant) => v.position,
  INVENTORY_QUANTITY: (v: EmulatedVariant) => v.inventoryQuantity,
};

/** Sellable: the product is active and published, and stock is left or overselling is allowed. */
export function variantAvailable(variant: EmulatedVariant, product: EmulatedProduct | undefined): boolean {
  if (!product || product.status !== 'ACTIVE' || !product.publishedAt) return false;
  return variant.inventoryPolicy === 'CONTINUE' || variant.inventoryQuantity > 0;
}

/**
 * InventoryItem is readable with read_inventory, or with read_products since January 2025
 * (https://shopify.dev/changelog/inventoryitem-queryable-and-updatable-with-products-scopes).
 */
function assertInventoryAccess(ctx: AdminContext): void {
  if (!ctx.hasScope('read_inventory') && !ctx.hasScope('read_products'))
    throw accessDenied('inventoryItem', 'read_inventory');
}

const variant = (source: unknown): EmulatedVariant => source as EmulatedVariant;

/** The InventoryItem of a variant; `variantId` (not a schema field) lets `InventoryItem.variant` find it back. */
function inventoryItemOf(v: EmulatedVariant) {
  return {
    id: v.inventoryItemId,
    legacyResourceId: String(numericId(v.inventoryItemId)),
    sku: v.sku,
    tracked: true,
    requiresShipping: true,
    createdAt: v.createdAt,
    updatedAt: v.updatedAt,
    variantId: v.id,
  };
}

export const variantResolvers: ResolverMap<AdminContext> = {
  QueryRoot: {
    productVariants: (_s, args, ctx, info) => {
      assertRootAccess('productVariants', ctx);
      const found = applySearch(ctx.shop.variantList(), args['query'], VARIANT_SEARCH, ctx, [info.path.key]);
      return paginate(found, args as ConnectionArgs, sortValueFor(args['sortKey'], VARIANT_SORT), ctx);
    },
    productVariant: (_s, args, ctx) => {
      assertRootAccess('productVariant', ctx);
      return ctx.shop.variants.get(String(args['id'])) ?? null;
    },
    // What an inventory_levels/update webhook names; the app reads the variant behind it.
    inventoryItem: (_s, args, ctx) => {
      assertInventoryAccess(ctx);
      const found = ctx.shop.variantList().find((v) => v.inventoryItemId === String(args['id']));
      return found ? inventoryItemOf(found) : null;
    },
  },
  InventoryItem: {
    variant: (s, _a, ctx) => ctx.shop.variants.get((s as { variantId: string }).variantId) ?? null,
  },
  ProductVariant: {
    legacyResourceId: (s) => String(numericId(variant(s).id)),
    product: (s, _a, ctx) => ctx.shop.products.get(variant(s).productId),
    availableForSale: (s, _a, ctx) =>
      variantAvailable(variant(s), ctx.shop.products.get(variant(s).productId)),
    displayName: (s, _a, ctx) =>
      `${ctx.shop.products.get(variant(s).productId)?.title ?? ''} - ${variant(s).title}`,
    image: (s, _a, ctx) => {
      const owner = ctx.shop.products.get(variant(s).productId);
      return owner ? productImage(owner, ctx) : null;
    },
    inventoryItem: (s) => inventoryItemOf(variant(s)),
  },
};
