/**
 * Changes made outside GraphQL (control API, demo): they change the shop and emit the change events that
 * emu-http turns into webhooks. Bad input throws an Error naming what was wrong; nothing is changed then.
 */
import type { EmulatedOrder, EmulatedProduct } from '../state/types.js';
import { PRODUCT_STATUSES } from '../state/types.js';
import { restInventoryLevel, restOrder, restProduct } from '../state/rest-payloads.js';
import { applyAutomaticDiscounts, type PricedLine } from './apply-discounts.js';
import type { EngineRuntime } from './runtime.js';
import type { OrderInput } from './types.js';

function nextOrderName(orders: Iterable<EmulatedOrder>): string {
  let highest = 1000;
  for (const order of orders) highest = Math.max(highest, Number(order.name.replace(/\D/g, '')) || 0);
  return `#${highest + 1}`;
}

export function createOrder(runtime: EngineRuntime, domain: string, input: OrderInput): EmulatedOrder {
  const { state } = runtime.shop(domain);
  if (input.lines.length === 0) throw new Error('createOrder: an order needs at least one line.');
  if (input.customerId && !state.customers.has(input.customerId))
    throw new Error(`createOrder: customer ${input.customerId} does not exist.`);
  const createdAt = input.createdAt ?? runtime.nowIso();
  if (Number.isNaN(Date.parse(createdAt)))
    throw new Error(`createOrder: createdAt '${createdAt}' is not an ISO-8601 time.`);
  const priced: PricedLine[] = input.lines.map((line, index) => {
    const variant = state.variants.get(line.variantId);
    if (!variant) throw new Error(`createOrder: lines[${index}].variantId ${line.variantId} does not exist.`);
    if (!Number.isInteger(line.quantity) || line.quantity < 1)
      throw new Error(`createOrder: lines[${index}].quantity must be a whole number ≥ 1.`);
    if (variant.inventoryPolicy === 'DENY' && variant.inventoryQuantity < line.quantity) {
      throw new Error(
        `createOrder: lines[${index}] variant ${variant.id} has ${variant.inventoryQuantity} in stock, ${line.quantity} ordered.`,
      );
    }
    return {
      productId: variant.productId,
      variantId: variant.id,
      quantity: line.quantity,
      unitPrice: Number(variant.price),
      discount: 0,
    };
  });
  applyAutomaticDiscounts(priced, state, runtime.now());
  const lineItems = priced.map((line, index) => ({
    id: state.newId('LineItem'),
    productId: line.productId,
    variantId: line.variantId,
    title: state.products.get(line.productId)?.title ?? '',
    quantity: line.quantity,
    originalUnitPrice: line.unitPrice.toFixed(2),
    discountedTotal: (line.unitPrice * line.quantity - line.discount).toFixed(2),
    customAttributes: input.lines[index]?.customAttributes?.map(({ key, value }) => ({ key, value })) ?? [],
  }));
  const subtotal = lineItems.reduce((sum, line) => sum + Number(line.discountedTotal), 0).toFixed(2);
  const order: EmulatedOrder = {
    id: state.newId('Order'),
    name: nextOrderName(state.orders.values()),
    createdAt,
    updatedAt: createdAt,
    processedAt: createdAt,
    cancelledAt: null,
    currencyCode: state.shop.currencyCode,
    customerId: input.customerId ?? null,
    checkoutToken: input.checkoutToken ?? null,
    subtotalPrice: subtotal,
    totalPrice: subtotal,
    totalRefunded: '0.00',
    lineItems,
  };
  state.addOrder(order);
  // Placing the order is one action: its orders/create and inventory changes share one event id, as on Shopify.
  const action = `order-placed:${order.id}`;
  runtime.bus.emit({
    domain,
    topic: 'orders/create',
    payload: restOrder(order, order.customerId ? state.customers.get(order.customerId) : undefined),
    action,
  });
  for (const line of priced) {
    const variant = state.variants.get(line.variantId);
    if (!variant) continue;
    variant.inventoryQuantity -= line.quantity;
    runtime.bus.emit({
      domain,
      topic: 'inventory_levels/update',
      payload: restInventoryLevel(variant, createdAt),
      action,
    });
  }
  return order;
}

export function updateProduct(
  runtime: EngineRuntime,
  domain: string,
  productId: string,
  patch: Partial<Pick<EmulatedProduct, 'title' | 'status' | 'tags'>>,
): EmulatedProduct {
  const { state } = runtime.shop(domain);
  const product = state.products.get(productId);
  if (!product) throw new Error(`updateProduct: product ${productId} does not exist.`);
  if (patch.title !== undefined && patch.title.trim() === '')
    throw new Error('updateProduct: title must not be blank.');
  if (patch.status !== undefined && !PRODUCT_STATUSES.includes(patch.status))
    throw new Error(`updateProduct: status must be one of ${PRODUCT_STATUSES.join(', ')}.`);
  if (patch.tags !== undefined && !patch.tags.every((tag) => typeof tag === 'string'))
    throw new Error('updateProduct: tags must be strings.');
  if (patch.title !== undefined) product.title = patch.title;
  if (patch.status !== undefined) product.status = patch.status;
  if (patch.tags !== undefined) product.tags = [...patch.tags];
  product.updatedAt = runtime.nowIso();
  state.touchLists();
  const imageSrc = product.imageUrl === null ? null : runtime.imageUrl(domain, product.imageUrl);
  runtime.bus.emit({ domain, topic: 'products/update', payload: restProduct(product, imageSrc) });
  return product;
}

export function setInventory(
  runtime: EngineRuntime,
  domain: string,
  variantId: string,
  quantity: number,
): void {
  const { state } = runtime.shop(domain);
  const variant = state.variants.get(variantId);
  if (!variant) throw new Error(`setInventory: variant ${variantId} does not exist.`);
  if (!Number.isInteger(quantity))
    throw new Error(`setInventory: quantity must be a whole number, got ${quantity}.`);
  variant.inventoryQuantity = quantity;
  variant.updatedAt = runtime.nowIso();
  runtime.bus.emit({
    domain,
    topic: 'inventory_levels/update',
    payload: restInventoryLevel(variant, variant.updatedAt),
  });
}

export function deleteProduct(runtime: EngineRuntime, domain: string, productId: string): void {
  const { state } = runtime.shop(domain);
  const removed = state.removeProduct(productId);
  if (!removed) throw new Error(`deleteProduct: product ${productId} does not exist.`);
  runtime.bus.emit({ domain, topic: 'products/delete', payload: { id: Number(productId.split('/').pop()) } });
}
