/**
 * Webhook payloads in Shopify's REST JSON shape (https://shopify.dev/docs/api/webhooks?reference=toml,
 * topics orders/create, products/update, products/delete, inventory_levels/update): numeric ids plus
 * `admin_graphql_api_id`, snake_case fields, prices as strings, enums lower-case, tags as one string.
 * Product and variant keys are those of Shopify's 2026-10 examples (test/integration/webhooks/payloads): since
 * 2024-07 variants carry no `inventory_management`, `fulfillment_service`, `grams`, `weight`, `weight_unit` or
 * `requires_shipping`, so whether inventory is tracked is not in the payload (the app asks the Admin API).
 */
import { numericId } from './gid.js';
import type { EmulatedCustomer, EmulatedOrder, EmulatedProduct, EmulatedVariant } from './types.js';

/** The one location every emulated shop stocks from. */
export const DEFAULT_LOCATION_ID = 1;

export function restVariant(variant: EmulatedVariant): Record<string, unknown> {
  return {
    admin_graphql_api_id: variant.id,
    barcode: null,
    compare_at_price: variant.compareAtPrice,
    created_at: variant.createdAt,
    id: numericId(variant.id),
    inventory_policy: variant.inventoryPolicy.toLowerCase(),
    position: variant.position,
    price: variant.price,
    product_id: numericId(variant.productId),
    sku: variant.sku,
    taxable: true,
    title: variant.title,
    updated_at: variant.updatedAt,
    option1: variant.selectedOptions[0]?.value ?? null,
    option2: variant.selectedOptions[1]?.value ?? null,
    option3: variant.selectedOptions[2]?.value ?? null,
    image_id: null,
    inventory_item_id: numericId(variant.inventoryItemId),
    inventory_quantity: variant.inventoryQuantity,
    old_inventory_quantity: variant.inventoryQuantity,
  };
}

/** `imageSrc` is the image's absolute URL (Shopify's webhooks carry the same CDN URL as GraphQL). */
export function restProduct(product: EmulatedProduct, imageSrc: string | null): Record<string, unknown> {
  const image = imageSrc
    ? {
        id: numericId(product.id),
        product_id: numericId(product.id),
        position: 1,
        src: imageSrc,
        alt: product.title,
      }
    : null;
  return {
    id: numericId(product.id),
    admin_graphql_api_id: product.id,
    title: product.title,
    body_html: '',
    vendor: product.vendor,
    product_type: product.productType,
    handle: product.handle,
    status: product.status.toLowerCase(),
    tags: product.tags.join(', '),
    published_at: product.publishedAt,
    published_scope: 'global',
    created_at: product.createdAt,
    updated_at: product.updatedAt,
    options: product.options.map((option, index) => ({
      id: numericId(product.id) * 10 + index,
      product_id: numericId(product.id),
      name: option.name,
      position: index + 1,
      values: option.values,
    })),
    variants: product.variants.map(restVariant),
    images: image ? [image] : [],
    image,
    media: [],
    template_suffix: null,
    variant_gids: product.variants.map((variant) => ({
      admin_graphql_api_id: variant.id,
      updated_at: variant.updatedAt,
    })),
    has_variants_that_requires_components: false,
    category: null,
  };
}

const lineDiscount = (line: EmulatedOrder['lineItems'][number]): number =>
  Math.round((Number(line.originalUnitPrice) * line.quantity - Number(line.discountedTotal)) * 100) / 100;

export function restOrder(
  order: EmulatedOrder,
  customer: EmulatedCustomer | undefined,
): Record<string, unknown> {
  const lineTotal = order.lineItems.reduce(
    (sum, line) => sum + Number(line.originalUnitPrice) * line.quantity,
    0,
  );
  return {
    id: numericId(order.id),
    admin_graphql_api_id: order.id,
    name: order.name,
    order_number: Number(order.name.replace(/\D/g, '')) || numericId(order.id),
    created_at: order.createdAt,
    updated_at: order.updatedAt,
    processed_at: order.processedAt,
    cancelled_at: order.cancelledAt,
    currency: order.currencyCode,
    presentment_currency: order.currencyCode,
    subtotal_price: order.subtotalPrice,
    total_price: order.totalPrice,
    total_line_items_price: lineTotal.toFixed(2),
    total_discounts: (lineTotal - Number(order.subtotalPrice)).toFixed(2),
    financial_status: 'paid',
    fulfillment_status: null,
    checkout_token: order.checkoutToken,
    source_name: 'web',
    test: false,
    note_attributes: [],
    email: customer?.email ?? null,
    customer: customer
      ? {
          id: numericId(customer.id),
          admin_graphql_api_id: customer.id,
          email: customer.email,
          first_name: customer.firstName,
          last_name: customer.lastName,
        }
      : null,
    line_items: order.lineItems.map((line) => ({
      id: numericId(line.id),
      admin_graphql_api_id: line.id,
      product_id: line.productId ? numericId(line.productId) : null,
      variant_id: line.variantId ? numericId(line.variantId) : null,
      title: line.title,
      name: line.title,
      quantity: line.quantity,
      price: line.originalUnitPrice,
      total_discount: lineDiscount(line).toFixed(2),
      // Shopify itemises a line's discounts; the emulator's come from one discount application.
      discount_allocations:
        lineDiscount(line) > 0
          ? [{ amount: lineDiscount(line).toFixed(2), discount_application_index: 0 }]
          : [],
      properties: line.customAttributes.map(({ key, value }) => ({ name: key, value })),
    })),
    refunds: [],
  };
}

export function restInventoryLevel(variant: EmulatedVariant, updatedAt: string): Record<string, unknown> {
  const itemId = numericId(variant.inventoryItemId);
  return {
    inventory_item_id: itemId,
    location_id: DEFAULT_LOCATION_ID,
    available: variant.inventoryQuantity,
    updated_at: updatedAt,
    admin_graphql_api_id: `gid://shopify/InventoryLevel/${itemId}?inventory_item_id=${itemId}`,
  };
}
