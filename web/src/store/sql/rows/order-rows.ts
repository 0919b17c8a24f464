import type { Order, OrderLine } from '../../../domain/order.js';
import type { OrderLinesTable, OrdersTable } from '../../database/schema.js';

export const ORDER_COLUMNS = [
  'shop',
  'id',
  'created_at',
  'currency',
  'customer_hash',
  'checkout_token',
  'subtotal_minor',
  'total_minor',
  'refunded_minor',
  'cancelled_at',
  'updated_at',
] as const satisfies readonly (keyof OrdersTable)[];

export const LINE_COLUMNS = [
  'shop',
  'created_at',
  'order_id',
  'line_id',
  'product_id',
  'variant_id',
  'quantity',
  'unit_price_minor',
  'discounted_total_minor',
  'tandem_attribute',
] as const satisfies readonly (keyof OrderLinesTable)[];

export function orderRow(shop: string, order: Order): OrdersTable {
  return {
    shop,
    id: order.id,
    created_at: order.createdAt,
    currency: order.currency,
    customer_hash: order.customerHash,
    checkout_token: order.checkoutToken,
    subtotal_minor: order.subtotalMinor,
    total_minor: order.totalMinor,
    refunded_minor: order.refundedMinor,
    cancelled_at: order.cancelledAt,
    updated_at: order.updatedAt,
  };
}

export function lineRow(
  shop: string,
  order: { readonly id: string; readonly createdAt: string },
  line: OrderLine,
): OrderLinesTable {
  return {
    shop,
    created_at: order.createdAt,
    order_id: order.id,
    line_id: line.lineId,
    product_id: line.productId,
    variant_id: line.variantId,
    quantity: line.quantity,
    unit_price_minor: line.unitPriceMinor,
    discounted_total_minor: line.discountedTotalMinor,
    tandem_attribute: line.tandemAttribute,
  };
}

export function orderFromRow(row: OrdersTable): Order {
  return {
    id: row.id,
    createdAt: row.created_at,
    currency: row.currency,
    customerHash: row.customer_hash,
    checkoutToken: row.checkout_token,
    subtotalMinor: row.subtotal_minor,
    totalMinor: row.total_minor,
    refundedMinor: row.refunded_minor,
    cancelledAt: row.cancelled_at,
    updatedAt: row.updated_at,
  };
}

export function lineFromRow(row: OrderLinesTable): OrderLine {
  return {
    lineId: row.line_id,
    productId: row.product_id,
    variantId: row.variant_id,
    quantity: row.quantity,
    unitPriceMinor: row.unit_price_minor,
    discountedTotalMinor: row.discounted_total_minor,
    tandemAttribute: row.tandem_attribute,
  };
}
