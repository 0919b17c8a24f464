import type { ProductWithVariants } from '../../domain/product.js';
import type { ShopDomain } from '../../domain/shop.js';
import type { Page, PageRequest } from './page.js';
import type { InventoryUpdate } from '../validation/catalog.js';

export interface WriteResult {
  /** Rows inserted or updated. */
  readonly written: number;
  /** Rows skipped because the stored copy has a newer `updatedAt` (a late webhook or an older page). */
  readonly stale: number;
}

export interface ProductListRequest extends PageRequest {
  /** Only products with `updatedAt` ≥ this ISO timestamp (incremental recompute). */
  readonly updatedSince?: string;
}

export interface CatalogStore {
  /**
   * Idempotent bulk upsert. Each product replaces its variants (variants no longer listed are removed).
   * A product whose stored `updatedAt` is newer is left alone. All or nothing.
   */
  upsertProducts(shop: ShopDomain, products: readonly ProductWithVariants[]): Promise<WriteResult>;
  /** inventory_levels/update: sets stock on known variants; `stale` counts updates skipped as older or unknown. */
  updateInventory(shop: ShopDomain, updates: readonly InventoryUpdate[]): Promise<WriteResult>;
  /** Removes products with their variants; returns how many products existed. */
  deleteProducts(shop: ShopDomain, productIds: readonly string[]): Promise<number>;
  getProduct(shop: ShopDomain, productId: string): Promise<ProductWithVariants | undefined>;
  /** Products ordered by id, with their variants ordered by position. */
  listProducts(shop: ShopDomain, request?: ProductListRequest): Promise<Page<ProductWithVariants>>;
  countProducts(shop: ShopDomain): Promise<number>;
}
