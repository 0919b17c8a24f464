import { gid, numericId } from './gid.js';
import type { AppSubscriptionRecord } from './app-billing-records.js';
import type {
  BulkOperationRecord,
  BxgyDiscountRecord,
  MetafieldDefinitionRecord,
  MetafieldRecord,
  WebhookSubscriptionRecord,
} from './records.js';
import type {
  EmulatedCollection,
  EmulatedCustomer,
  EmulatedCheckout,
  EmulatedOrder,
  EmulatedProduct,
  EmulatedVariant,
  ShopIdentity,
  ShopSeed,
} from './types.js';

/** Per-shop limits; defaults follow Shopify's standard plan (see engine/cost/leaky-bucket.ts for sources). */
export interface ShopLimits {
  readonly restoreRate: number;
  readonly bucketSize: number;
  readonly concurrentBulkQueries: number;
}

function byNumericId<T extends { readonly id: string }>(values: Iterable<T>): T[] {
  return [...values].sort((a, b) => numericId(a.id) - numericId(b.id));
}

/**
 * The mutable state of one emulated shop, built from a deep copy of its seed (the seed is never mutated).
 * Lists are kept in id order, which is Shopify's default `sortKey: ID` order.
 */
export class ShopState {
  readonly shop: ShopIdentity;
  readonly limits: ShopLimits;
  readonly products = new Map<string, EmulatedProduct>();
  readonly variants = new Map<string, EmulatedVariant>();
  readonly orders = new Map<string, EmulatedOrder>();
  /** The app's web pixel (one per app and shop), settings as the JSON text Shopify stores. */
  webPixel: { readonly id: string; settings: string } | null = null;
  /** Checkout token → checkout. */
  readonly checkouts = new Map<string, EmulatedCheckout>();
  readonly customers = new Map<string, EmulatedCustomer>();
  readonly collections = new Map<string, EmulatedCollection>();
  /** ownerId → `namespace\u0000key` → metafield. */
  readonly metafields = new Map<string, Map<string, MetafieldRecord>>();
  readonly metafieldDefinitions: MetafieldDefinitionRecord[] = [];
  /** DiscountAutomaticNode id → discount. */
  readonly discounts = new Map<string, BxgyDiscountRecord>();
  readonly webhooks = new Map<string, WebhookSubscriptionRecord>();
  readonly bulkOperations: BulkOperationRecord[] = [];
  /** The app's subscriptions (Billing API), by id. */
  readonly appSubscriptions = new Map<string, AppSubscriptionRecord>();
  private nextNumber: number;
  private listCache: {
    products?: EmulatedProduct[];
    orders?: EmulatedOrder[];
    variants?: EmulatedVariant[];
  } = {};

  constructor(seed: ShopSeed, limits: ShopLimits) {
    const copy = structuredClone(seed);
    this.shop = copy.shop;
    this.limits = limits;
    for (const collection of copy.collections) this.collections.set(collection.id, collection);
    for (const customer of copy.customers) this.customers.set(customer.id, customer);
    for (const product of byNumericId(copy.products)) this.addProduct(product);
    for (const order of byNumericId(copy.orders)) this.orders.set(order.id, order);
    let highest = Math.max(1000, numericId(copy.shop.id));
    for (const product of copy.products) {
      highest = Math.max(highest, numericId(product.id), ...product.variants.map((v) => numericId(v.id)));
    }
    for (const order of copy.orders)
      highest = Math.max(highest, numericId(order.id), ...order.lineItems.map((l) => numericId(l.id)));
    this.nextNumber = highest + 1;
  }

  /** A fresh GID of the given type, unique within this shop. */
  newId(type: string): string {
    return gid(type, this.nextNumber++);
  }

  addProduct(product: EmulatedProduct): void {
    this.products.set(product.id, product);
    for (const variant of product.variants) this.variants.set(variant.id, variant);
    this.touchLists();
  }

  removeProduct(productId: string): EmulatedProduct | undefined {
    const product = this.products.get(productId);
    if (!product) return undefined;
    this.products.delete(productId);
    for (const variant of product.variants) this.variants.delete(variant.id);
    this.metafields.delete(productId);
    this.touchLists();
    return product;
  }

  addOrder(order: EmulatedOrder): void {
    this.orders.set(order.id, order);
    this.touchLists();
  }

  /** Call after any change that can reorder or resize the product/order/variant lists. */
  touchLists(): void {
    this.listCache = {};
  }

  productList(): readonly EmulatedProduct[] {
    return (this.listCache.products ??= byNumericId(this.products.values()));
  }

  variantList(): readonly EmulatedVariant[] {
    return (this.listCache.variants ??= byNumericId(this.variants.values()));
  }

  orderList(): readonly EmulatedOrder[] {
    return (this.listCache.orders ??= byNumericId(this.orders.values()));
  }

  metafieldsOf(ownerId: string): Map<string, MetafieldRecord> {
    let owned = this.metafields.get(ownerId);
    if (!owned) {
      owned = new Map();
      this.metafields.set(ownerId, owned);
    }
    return owned;
  }

  metafieldCount(): number {
    let count = 0;
    for (const owned of this.metafields.values()) count += owned.size;
    return count;
  }
}

export function metafieldKey(namespace: string, key: string): string {
  return `${namespace}\u0000${key}`;
}
