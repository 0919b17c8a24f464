/**
 * Webhook payloads in Shopify's REST JSON shape (https://shopify.dev/docs/api/webhooks?reference=toml,
 * topics orders/create, products/update, products/delete, inventory_levels/update): numeric ids plus
 * `admin_graphql_api_id`, snake_case fields, prices as strings, enums lower-case, tags as one string.
 */
import { numericId } from './gid.js';
import type { EmulatedCustomer, EmulatedOrder, EmulatedProduct, EmulatedVariant } from './types.js';

/** The one location every emulated shop stocks from. */
export const DEFAULT_LOCATION_ID = 1;

export function restVariant(variant: EmulatedVariant): Record<string, unknown> {
  return {
    id: numericId(variant.id),
    admin_graphql_api_id: variant.id,
    product_id: numericId(variant.productId),
    title: variant.title,
    price: variant.price,
    compare_at_price: variant.compareAtPrice,
    sku: variant.sku,
    position: variant.position,
    inventory_policy: variant.inventoryPolicy.toLowerCase(),
    inventory_quantity: variant.inventoryQuantity,
    inventory_item_id: numericId(variant.inventoryItemId),
    inventory_management: 'shopify',
    option1: variant.selectedOptions[0]?.value ?? null,
    option2: variant.selectedOptions[1]?.value ?? null,
    option3: variant.selectedOptions[2]?.value ?? null,
    taxable: true,
    requires_shipping: true,
    created_at: variant.createdAt,
    updated_at: variant.updatedAt,
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
      product_id: numericId(product.id),
      name: option.name,
      position: index + 1,
      values: option.values,
    })),
    variants: product.variants.map(restVariant),
    images: image ? [image] : [],
    image,
  };
}

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
      total_discount: (Number(line.originalUnitPrice) * line.quantity - Number(line.discountedTotal)).toFixed(
        2,
      ),
      properties: line.customAttributes.map(({ key, value }) => ({ name: key, value })),
    })),
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
