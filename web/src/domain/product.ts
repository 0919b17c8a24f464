export const PRODUCT_STATUSES = ['ACTIVE', 'DRAFT', 'ARCHIVED'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

/** One product option (e.g. Size) with its values in the merchant's order. */
export interface ProductOption {
  readonly name: string;
  readonly values: readonly string[];
}

export interface SelectedOption {
  readonly name: string;
  readonly value: string;
}

/** A catalog product (timestamps are ISO-8601 UTC strings; ids are Shopify GIDs). */
export interface Product {
  readonly id: string;
  readonly title: string;
  readonly handle: string;
  readonly productType: string;
  readonly vendor: string;
  readonly status: ProductStatus;
  readonly tags: readonly string[];
  /** Null when the product is not published to the online store. */
  readonly publishedAt: string | null;
  readonly imageUrl: string | null;
  readonly collectionIds: readonly string[];
  readonly options: readonly ProductOption[];
  readonly updatedAt: string;
}

/** A purchasable variant. Money is integer minor units of the shop currency, never a float. */
export interface Variant {
  readonly id: string;
  readonly productId: string;
  readonly title: string;
  readonly sku: string | null;
  readonly position: number;
  readonly priceMinor: number;
  readonly compareAtPriceMinor: number | null;
  readonly selectedOptions: readonly SelectedOption[];
  /** Null when Shopify does not track inventory for the variant; may be negative when oversold. */
  readonly inventoryQuantity: number | null;
  readonly availableForSale: boolean;
  readonly updatedAt: string;
}

/** A product with all of its variants: the unit the catalog store writes and reads. */
export interface ProductWithVariants extends Product {
  readonly variants: readonly Variant[];
}
