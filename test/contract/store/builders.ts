// Data builders for the store contracts: valid by default, overridable per field.
import type {
  Attribution,
  NewPixelEvent,
  OrderLine,
  OrderWithLines,
  ProductWithVariants,
  Variant,
} from '@tandem/web/domain/index';

export const productGid = (n: number) => `gid://shopify/Product/${n}`;
export const variantGid = (n: number) => `gid://shopify/ProductVariant/${n}`;
export const orderGid = (n: number) => `gid://shopify/Order/${n}`;

export function buildVariant(
  productNumber: number,
  variantNumber: number,
  overrides: Partial<Variant> = {},
): Variant {
  return {
    id: variantGid(productNumber * 100 + variantNumber),
    productId: productGid(productNumber),
    title: `Size ${variantNumber}`,
    sku: `SKU-${productNumber}-${variantNumber}`,
    position: variantNumber,
    priceMinor: 1_000 + variantNumber * 250,
    compareAtPriceMinor: null,
    selectedOptions: [{ name: 'Size', value: String(variantNumber) }],
    inventoryQuantity: 10,
    availableForSale: true,
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function buildProduct(n: number, overrides: Partial<ProductWithVariants> = {}): ProductWithVariants {
  return {
    id: productGid(n),
    title: `Product ${n}`,
    handle: `product-${n}`,
    productType: 'Tea',
    vendor: 'Tandem Test',
    status: 'ACTIVE',
    tags: ['organic'],
    publishedAt: '2024-12-01T00:00:00.000Z',
    imageUrl: `https://cdn.example.test/${n}.png`,
    collectionIds: ['gid://shopify/Collection/1'],
    options: [{ name: 'Size', values: ['1', '2'] }],
    updatedAt: '2025-01-01T00:00:00.000Z',
    variants: [buildVariant(n, 1), buildVariant(n, 2)],
    ...overrides,
  };
}

export function buildLine(n: number, overrides: Partial<OrderLine> = {}): OrderLine {
  return {
    lineId: `gid://shopify/LineItem/${n}`,
    productId: productGid(n),
    variantId: variantGid(n * 100 + 1),
    quantity: 1,
    unitPriceMinor: 1_250,
    discountedTotalMinor: 1_250,
    tandemAttribute: null,
    ...overrides,
  };
}

export function buildOrder(n: number, overrides: Partial<OrderWithLines> = {}): OrderWithLines {
  return {
    id: orderGid(n),
    createdAt: new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString(),
    currency: 'EUR',
    customerHash: `c0ffee${String(n % 7).padStart(10, '0')}`,
    checkoutToken: `checkout-${n}`,
    subtotalMinor: 2_500,
    totalMinor: 2_500,
    refundedMinor: 0,
    cancelledAt: null,
    updatedAt: '2025-02-01T00:00:00.000Z',
    lines: [buildLine(n * 10 + 1), buildLine(n * 10 + 2)],
    ...overrides,
  };
}

export function buildEvent(overrides: Partial<NewPixelEvent> = {}): NewPixelEvent {
  return {
    checkoutToken: 'checkout-1',
    offerId: 'offer-1',
    arm: 'treatment',
    type: 'impression',
    occurredAt: '2025-03-01T12:00:00.000Z',
    ...overrides,
  };
}

export function buildAttribution(orderNumber: number, overrides: Partial<Attribution> = {}): Attribution {
  return {
    orderId: orderGid(orderNumber),
    lineId: `gid://shopify/LineItem/${orderNumber * 10 + 1}`,
    offerId: 'offer-1',
    kind: 'xsell',
    arm: 'treatment',
    revenueMinor: 1_250,
    quantity: 1,
    ...overrides,
  };
}
