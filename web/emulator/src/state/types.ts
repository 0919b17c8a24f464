/**
 * The emulated shop's data, shaped like Shopify's own objects so resolvers map 1:1 onto the Admin and
 * Storefront schemas. Ids are GIDs (`gid://shopify/Product/123`); money is a decimal string in the shop
 * currency, as Shopify serialises `Money`/`Decimal`; times are ISO-8601 UTC strings.
 * The demo generator (demo/) produces a `ShopSeed`; the emulator holds mutable `ShopState`s built from it.
 */

export const PRODUCT_STATUSES = ['ACTIVE', 'DRAFT', 'ARCHIVED'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

/** Locales the demo translates into besides the default `en`. */
export const DEMO_LOCALES = ['en', 'nl', 'de', 'nb'] as const;
export type DemoLocale = (typeof DEMO_LOCALES)[number];

export interface SelectedOption {
  readonly name: string;
  readonly value: string;
}

/** Shopify's unit-price measurement (Storefront `UnitPriceMeasurement`), set by merchants selling by measure. */
export interface UnitPriceMeasurement {
  readonly measuredType: 'WEIGHT' | 'VOLUME' | 'COUNT';
  readonly quantityValue: number;
  readonly quantityUnit: 'G' | 'KG' | 'ML' | 'L' | 'ITEM';
  readonly referenceValue: number;
  readonly referenceUnit: 'G' | 'KG' | 'ML' | 'L' | 'ITEM';
}

export interface EmulatedVariant {
  readonly id: string;
  readonly productId: string;
  title: string;
  sku: string;
  position: number;
  price: string;
  compareAtPrice: string | null;
  selectedOptions: SelectedOption[];
  inventoryQuantity: number;
  /** Shopify: false when tracked inventory is ≤ 0 and overselling is not allowed. */
  inventoryPolicy: 'DENY' | 'CONTINUE';
  inventoryItemId: string;
  createdAt: string;
  updatedAt: string;
  /** Absent or null: the merchant set no unit price (most goods are not sold by measure). */
  unitPriceMeasurement?: UnitPriceMeasurement | null;
}

export interface EmulatedProduct {
  readonly id: string;
  title: string;
  handle: string;
  productType: string;
  vendor: string;
  status: ProductStatus;
  tags: string[];
  /** null = not published to the online store / checkout. */
  publishedAt: string | null;
  options: { name: string; values: string[] }[];
  /** Relative URL served by the emulator (`/images/…svg`). */
  imageUrl: string | null;
  /** Titles by locale for the Storefront API's @inContext(language:). `en` is the default title. */
  translations: Partial<Record<DemoLocale, string>>;
  collectionIds: string[];
  variants: EmulatedVariant[];
  createdAt: string;
  updatedAt: string;
}

export interface EmulatedCollection {
  readonly id: string;
  title: string;
  handle: string;
}

export interface EmulatedCustomer {
  readonly id: string;
  /** Demo-only PII so privacy webhooks have something to name; the app must never store it. */
  email: string;
  firstName: string;
  lastName: string;
}

export interface EmulatedLineItem {
  readonly id: string;
  productId: string | null;
  variantId: string | null;
  title: string;
  quantity: number;
  /** Unit price before discounts. */
  originalUnitPrice: string;
  /** Line total after line-level and allocated order discounts. */
  discountedTotal: string;
  customAttributes: { key: string; value: string }[];
  /** The automatic discounts behind `discountedTotal` (checkouts), by title. */
  discountAllocations?: readonly { readonly title: string; readonly amount: string }[];
}

export interface EmulatedOrder {
  readonly id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  processedAt: string;
  cancelledAt: string | null;
  currencyCode: string;
  customerId: string | null;
  /** Shopify's checkout token; the app derives the holdout arm from it. */
  checkoutToken: string | null;
  subtotalPrice: string;
  totalPrice: string;
  totalRefunded: string;
  lineItems: EmulatedLineItem[];
}

/** A checkout in progress: what `checkouts/create` and `checkouts/update` describe. */
export interface EmulatedCheckout {
  readonly id: number;
  /** The checkout token the pixel and the extension see and the order later carries. */
  readonly token: string;
  readonly createdAt: string;
  updatedAt: string;
  currencyCode: string;
  lineItems: EmulatedLineItem[];
}

export interface ShopIdentity {
  /** `tandem-demo.myshopify.com` */
  readonly domain: string;
  readonly id: string;
  name: string;
  email: string;
  currencyCode: string;
  /** IANA zone, e.g. Europe/Amsterdam. */
  ianaTimezone: string;
  primaryLocale: DemoLocale;
  /** `partnerDevelopment`: a development store (its app charges must be test charges). */
  plan: { displayName: string; shopifyPlus: boolean; partnerDevelopment?: boolean };
}

/** Deterministic output of the demo generator: everything a fresh emulated shop starts with. */
export interface ShopSeed {
  readonly shop: ShopIdentity;
  readonly collections: readonly EmulatedCollection[];
  readonly products: readonly EmulatedProduct[];
  readonly customers: readonly EmulatedCustomer[];
  readonly orders: readonly EmulatedOrder[];
}
