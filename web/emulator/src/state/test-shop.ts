/**
 * Small deterministic shops for the engine's own tests (the demo generator in demo/ builds the real one).
 * Product n has id 100+n; its variants 10000+10n+k; order n has id 50000+n; customers 70000+n.
 */
import { gid } from './gid.js';
import type { EmulatedOrder, EmulatedProduct, EmulatedVariant, ShopIdentity, ShopSeed } from './types.js';

const BASE_TIME = Date.UTC(2025, 0, 1);
const SIZES = ['250 g', '500 g', '1 kg'] as const;

export function isoAt(offsetMinutes: number): string {
  return new Date(BASE_TIME + offsetMinutes * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function buildVariant(
  productNumber: number,
  index: number,
  overrides: Partial<EmulatedVariant> = {},
): EmulatedVariant {
  const size = SIZES[index % SIZES.length] ?? '250 g';
  const price = (10 + productNumber + index * 5).toFixed(2);
  const number = 10_000 + productNumber * 10 + index;
  return {
    id: gid('ProductVariant', number),
    productId: gid('Product', 100 + productNumber),
    title: size,
    sku: `SKU-${productNumber}-${index}`,
    position: index + 1,
    price,
    compareAtPrice: index === 0 ? (Number(price) + 4).toFixed(2) : null,
    selectedOptions: [{ name: 'Size', value: size }],
    inventoryQuantity: 10 + index,
    inventoryPolicy: 'DENY',
    inventoryItemId: gid('InventoryItem', 20_000 + number),
    createdAt: isoAt(productNumber),
    updatedAt: isoAt(productNumber),
    ...overrides,
  };
}

export function buildProduct(
  n: number,
  overrides: Partial<EmulatedProduct> = {},
  variantCount = 2,
): EmulatedProduct {
  const variants = Array.from({ length: variantCount }, (_, index) => buildVariant(n, index));
  return {
    id: gid('Product', 100 + n),
    title: `Coffee ${n}`,
    handle: `coffee-${n}`,
    productType: 'Coffee',
    vendor: 'Tandem Roasters',
    status: 'ACTIVE',
    tags: ['coffee'],
    publishedAt: isoAt(n),
    options: [{ name: 'Size', values: variants.map((v) => v.title) }],
    imageUrl: `/images/coffee-${n}.svg`,
    translations: { en: `Coffee ${n}`, nl: `Koffie ${n}`, de: `Kaffee ${n}` },
    collectionIds: [],
    variants,
    createdAt: isoAt(n),
    updatedAt: isoAt(n),
    ...overrides,
  };
}

export function buildOrder(
  n: number,
  lines: readonly { variant: EmulatedVariant; quantity: number }[],
  overrides: Partial<EmulatedOrder> = {},
): EmulatedOrder {
  const lineItems = lines.map(({ variant, quantity }, index) => ({
    id: gid('LineItem', 60_000 + n * 10 + index),
    productId: variant.productId,
    variantId: variant.id,
    title: variant.title,
    quantity,
    originalUnitPrice: variant.price,
    discountedTotal: (Number(variant.price) * quantity).toFixed(2),
    customAttributes: [],
  }));
  const total = lineItems.reduce((sum, line) => sum + Number(line.discountedTotal), 0).toFixed(2);
  const createdAt = isoAt(24 * 60 * n);
  return {
    id: gid('Order', 50_000 + n),
    name: `#${1000 + n}`,
    createdAt,
    updatedAt: createdAt,
    processedAt: createdAt,
    cancelledAt: null,
    currencyCode: 'EUR',
    customerId: gid('Customer', 70_000 + (n % 3)),
    checkoutToken: `checkout-${n}`,
    subtotalPrice: total,
    totalPrice: total,
    totalRefunded: '0.00',
    lineItems,
    ...overrides,
  };
}

export interface TestSeedOptions {
  readonly productCount?: number;
  readonly variantsPerProduct?: number;
  readonly orderCount?: number;
  readonly shop?: Partial<ShopIdentity>;
  readonly products?: readonly EmulatedProduct[];
  readonly orders?: readonly EmulatedOrder[];
}

/** A shop with `productCount` products (2 variants each) and `orderCount` orders cycling through them. */
export function buildTestSeed(options: TestSeedOptions = {}): ShopSeed {
  const products =
    options.products ??
    Array.from({ length: options.productCount ?? 3 }, (_, i) =>
      buildProduct(i + 1, {}, options.variantsPerProduct ?? 2),
    );
  const variants = products.flatMap((p) => p.variants);
  const orders =
    options.orders ??
    Array.from({ length: options.orderCount ?? 2 }, (_, i) => {
      const first = variants[i % variants.length];
      const second = variants[(i + 1) % variants.length];
      return buildOrder(
        i + 1,
        first && second
          ? [
              { variant: first, quantity: 1 },
              { variant: second, quantity: 2 },
            ]
          : [],
      );
    });
  return {
    shop: {
      domain: 'test-shop.myshopify.com',
      id: gid('Shop', 1),
      name: 'Test Shop',
      email: 'owner@test-shop.example',
      currencyCode: 'EUR',
      ianaTimezone: 'Europe/Amsterdam',
      primaryLocale: 'en',
      plan: { displayName: 'Basic', shopifyPlus: false },
      ...options.shop,
    },
    collections: [],
    products,
    customers: [0, 1, 2].map((i) => ({
      id: gid('Customer', 70_000 + i),
      email: `buyer${i}@example.com`,
      firstName: `Buyer${i}`,
      lastName: 'Test',
    })),
    orders,
  };
}
