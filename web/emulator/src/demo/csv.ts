/**
 * The normalised CSV the pairing CLI reads (the format of ../shared/datasets/*): one row per line item,
 * ids as Shopify legacy (REST) numeric ids, times ISO-8601 UTC, prices as decimals. Pure: rows go to a
 * caller-supplied sink in ~64 KB chunks, so any number of orders streams in bounded memory.
 */
import type { EmulatedOrder } from '../state/types.js';
import { isoSeconds, legacyIdOf } from './ids.js';
import { formatCents } from './money.js';
import type { DemoCatalogEntry, DemoOrderRecord } from './types.js';

export const ORDERS_CSV_HEADER = 'order_id,customer_id,created_at,product_id,variant_id,quantity,unit_price';
export const PRODUCTS_CSV_HEADER = 'product_id,title,product_type,category,vendor,price';

/** Either a streamed record or an emulator order (GIDs are reduced to their numeric ids). */
export type CsvOrder = DemoOrderRecord | EmulatedOrder;

export type CsvSink = (chunk: string) => void;

const CHUNK_CHARS = 64 * 1024;

/** RFC 4180 quoting, only where needed. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

class ChunkedWriter {
  private buffer = '';
  constructor(private readonly write: CsvSink) {}
  row(text: string): void {
    this.buffer += `${text}\n`;
    if (this.buffer.length >= CHUNK_CHARS) this.flush();
  }
  flush(): void {
    if (this.buffer.length > 0) this.write(this.buffer);
    this.buffer = '';
  }
}

function orderRows(order: CsvOrder): string[] {
  if ('lineItems' in order) {
    const head = `${legacyIdOf(order.id)},${order.customerId === null ? '' : legacyIdOf(order.customerId)},${order.createdAt}`;
    return order.lineItems.map(
      (line) =>
        `${head},${line.productId === null ? '' : legacyIdOf(line.productId)},${line.variantId === null ? '' : legacyIdOf(line.variantId)},${line.quantity},${line.originalUnitPrice}`,
    );
  }
  const head = `${order.id},${order.customerId ?? ''},${isoSeconds(order.createdAtMs)}`;
  return order.lines.map(
    (line) =>
      `${head},${line.productId},${line.variantId},${line.quantity},${formatCents(line.unitPriceCents)}`,
  );
}

/** Writes header + one row per line item; returns the counts written. */
export function writeOrdersCsv(
  orders: Iterable<CsvOrder>,
  write: CsvSink,
): { orders: number; lines: number } {
  const out = new ChunkedWriter(write);
  out.row(ORDERS_CSV_HEADER);
  let count = 0;
  let lines = 0;
  for (const order of orders) {
    for (const row of orderRows(order)) out.row(row);
    count += 1;
    lines += 'lineItems' in order ? order.lineItems.length : order.lines.length;
  }
  out.flush();
  return { orders: count, lines };
}

/** products.csv: one row per product, `price` = its lowest variant price. */
export function writeProductsCsv(entries: Iterable<DemoCatalogEntry>, write: CsvSink): number {
  const out = new ChunkedWriter(write);
  out.row(PRODUCTS_CSV_HEADER);
  let count = 0;
  for (const { product, category } of entries) {
    const prices = product.variants.map((variant) => Number(variant.price));
    const lowest = product.variants[prices.indexOf(Math.min(...prices))]?.price ?? '';
    out.row(
      [legacyIdOf(product.id), product.title, product.productType, category, product.vendor, lowest]
        .map(csvField)
        .join(','),
    );
    count += 1;
  }
  out.flush();
  return count;
}
