import type { EmulatedLineItem, EmulatedOrder, EmulatedProduct, EmulatedVariant } from '../state/types.js';
import { gid, isoSeconds } from './ids.js';
import { formatCents } from './money.js';
import type { DemoLineRecord, DemoOrderRecord } from './types.js';

/** Finds the catalog objects of a line by legacy ids, so orders share the catalog's id strings. */
export type LineLookup = (
  productId: number,
  variantId: number,
) => { product: EmulatedProduct; variant: EmulatedVariant } | undefined;

function lineItem(line: DemoLineRecord, lookup: LineLookup | undefined): EmulatedLineItem {
  const found = lookup?.(line.productId, line.variantId);
  const originalUnitPrice = found?.variant.price ?? formatCents(line.unitPriceCents);
  const undiscounted = line.quantity === 1 && line.discountedTotalCents === line.unitPriceCents;
  return {
    id: gid('LineItem', line.id),
    productId: found?.product.id ?? gid('Product', line.productId),
    variantId: found?.variant.id ?? gid('ProductVariant', line.variantId),
    title: found?.product.title ?? '',
    quantity: line.quantity,
    originalUnitPrice,
    discountedTotal: undiscounted ? originalUnitPrice : formatCents(line.discountedTotalCents),
    customAttributes: [],
  };
}

/**
 * Expands a streamed record into the emulator's order. With a `lookup` the line items carry the product
 * title and reuse the catalog's GID and price strings (less memory for 100k orders); without, they are
 * rebuilt from the ids and the title is empty.
 */
export function toEmulatedOrder(
  record: DemoOrderRecord,
  lookup?: LineLookup,
  currencyCode = 'EUR',
): EmulatedOrder {
  let subtotal = 0;
  for (const line of record.lines) subtotal += line.discountedTotalCents;
  const createdAt = isoSeconds(record.createdAtMs);
  return {
    id: gid('Order', record.id),
    name: `#${1000 + record.number}`,
    createdAt,
    updatedAt: record.updatedAtMs === record.createdAtMs ? createdAt : isoSeconds(record.updatedAtMs),
    processedAt: createdAt,
    cancelledAt: record.cancelledAtMs === null ? null : isoSeconds(record.cancelledAtMs),
    currencyCode,
    customerId: record.customerId === null ? null : gid('Customer', record.customerId),
    checkoutToken: record.checkoutToken,
    subtotalPrice: formatCents(subtotal),
    totalPrice: formatCents(subtotal + record.shippingCents),
    totalRefunded: formatCents(record.refundedCents),
    lineItems: record.lines.map((line) => lineItem(line, lookup)),
  };
}
