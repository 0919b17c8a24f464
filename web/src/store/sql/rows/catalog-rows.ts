import type { Product, ProductStatus, ProductWithVariants, Variant } from '../../../domain/product.js';
import type { ProductsTable, VariantsTable } from '../../database/schema.js';

export const PRODUCT_COLUMNS = [
  'shop',
  'id',
  'title',
  'handle',
  'product_type',
  'vendor',
  'status',
  'tags',
  'published_at',
  'image_url',
  'collection_ids',
  'options',
  'updated_at',
] as const satisfies readonly (keyof ProductsTable)[];

export const VARIANT_COLUMNS = [
  'shop',
  'id',
  'product_id',
  'title',
  'sku',
  'position',
  'price_minor',
  'compare_at_price_minor',
  'selected_options',
  'inventory_quantity',
  'available_for_sale',
  'updated_at',
] as const satisfies readonly (keyof VariantsTable)[];

export function productRow(shop: string, product: Product): ProductsTable {
  return {
    shop,
    id: product.id,
    title: product.title,
    handle: product.handle,
    product_type: product.productType,
    vendor: product.vendor,
    status: product.status,
    tags: JSON.stringify(product.tags),
    published_at: product.publishedAt,
    image_url: product.imageUrl,
    collection_ids: JSON.stringify(product.collectionIds),
    options: JSON.stringify(product.options),
    updated_at: product.updatedAt,
  };
}

export function variantRow(shop: string, variant: Variant): VariantsTable {
  return {
    shop,
    id: variant.id,
    product_id: variant.productId,
    title: variant.title,
    sku: variant.sku,
    position: variant.position,
    price_minor: variant.priceMinor,
    compare_at_price_minor: variant.compareAtPriceMinor,
    selected_options: JSON.stringify(variant.selectedOptions),
    inventory_quantity: variant.inventoryQuantity,
    available_for_sale: variant.availableForSale ? 1 : 0,
    updated_at: variant.updatedAt,
  };
}

export function variantFromRow(row: VariantsTable): Variant {
  return {
    id: row.id,
    productId: row.product_id,
    title: row.title,
    sku: row.sku,
    position: row.position,
    priceMinor: row.price_minor,
    compareAtPriceMinor: row.compare_at_price_minor,
    selectedOptions: JSON.parse(row.selected_options) as Variant['selectedOptions'],
    inventoryQuantity: row.inventory_quantity,
    availableForSale: row.available_for_sale === 1,
    updatedAt: row.updated_at,
  };
}

export function productFromRow(row: ProductsTable, variants: readonly Variant[]): ProductWithVariants {
  return {
    id: row.id,
    title: row.title,
    handle: row.handle,
    productType: row.product_type,
    vendor: row.vendor,
    status: row.status as ProductStatus,
    tags: JSON.parse(row.tags) as string[],
    publishedAt: row.published_at,
    imageUrl: row.image_url,
    collectionIds: JSON.parse(row.collection_ids) as string[],
    options: JSON.parse(row.options) as Product['options'],
    updatedAt: row.updated_at,
    variants,
  };
}
