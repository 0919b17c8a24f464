import { describe, expect, it } from '@jest/globals';
import { streamDemoCatalog } from './catalog-stream.js';
import { csvField, ORDERS_CSV_HEADER, PRODUCTS_CSV_HEADER, writeOrdersCsv, writeProductsCsv } from './csv.js';
import { toEmulatedOrder } from './order-builder.js';
import { streamDemoOrders } from './order-stream.js';

function collect(write: (sink: (chunk: string) => void) => unknown): { text: string; chunks: number } {
  const chunks: string[] = [];
  write((chunk) => chunks.push(chunk));
  return { text: chunks.join(''), chunks: chunks.length };
}

const ROW = /^\d{13},(\d{13})?,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ,\d{13},\d{14},[1-9]\d*,\d+\.\d\d$/;

describe('writeOrdersCsv', () => {
  it('writes one row per line item in the normalised format, with legacy numeric ids', () => {
    // Given streamed orders
    const orders = [...streamDemoOrders({ orders: 300, products: 120 })];
    // When written
    const { text } = collect((sink) => writeOrdersCsv(orders, sink));
    const rows = text.trimEnd().split('\n');
    // Then the header is the normalised one and every line item has a well-formed row
    expect(rows[0]).toBe(ORDERS_CSV_HEADER);
    expect(rows).toHaveLength(1 + orders.reduce((sum, order) => sum + order.lines.length, 0));
    expect(rows.slice(1).filter((row) => !ROW.test(row))).toEqual([]);
    // And a guest order has an empty customer id
    const guest = orders.find((order) => order.customerId === null);
    expect(rows.find((row) => row.startsWith(`${guest?.id},,`))).toBeDefined();
  });

  it('writes the same text for records and for the emulator orders made from them', () => {
    // Given the same orders as records and as EmulatedOrders
    const records = [...streamDemoOrders({ orders: 200, products: 100 })];
    const emulated = records.map((record) => toEmulatedOrder(record));
    // Then both serialise identically and the counts agree
    const fromRecords = collect((sink) => writeOrdersCsv(records, sink)).text;
    expect(collect((sink) => writeOrdersCsv(emulated, sink)).text).toBe(fromRecords);
    expect(writeOrdersCsv(records, () => undefined)).toEqual({
      orders: 200,
      lines: records.reduce((sum, order) => sum + order.lines.length, 0),
    });
  });

  it('hands the sink bounded chunks', () => {
    // Given enough orders for several chunks
    const chunks: string[] = [];
    writeOrdersCsv(streamDemoOrders({ orders: 4_000, products: 200 }), (chunk) => chunks.push(chunk));
    // Then output came in several chunks of about 64 KB, none much larger
    expect(chunks.length).toBeGreaterThan(3);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(65 * 1024);
  });
});

describe('writeProductsCsv', () => {
  it('writes product_id,title,product_type,category,vendor,price with the lowest price', () => {
    // Given a catalog, one product with a comma and quotes in its title
    const entries = [...streamDemoCatalog({ products: 50 })];
    const [first, ...rest] = entries;
    if (!first) throw new Error('empty catalog');
    const tricky = { ...first, product: { ...first.product, title: 'Grinder, "Pro"' } };
    // When written
    const rows = collect((sink) => writeProductsCsv([tricky, ...rest], sink))
      .text.trimEnd()
      .split('\n');
    // Then the header is fixed, the title is quoted per RFC 4180 and the price is the lowest variant price
    expect(rows[0]).toBe(PRODUCTS_CSV_HEADER);
    expect(rows).toHaveLength(51);
    const lowest = Math.min(...first.product.variants.map((variant) => Number(variant.price))).toFixed(2);
    expect(rows[1]).toBe(
      [
        first.product.id.split('/').pop(),
        '"Grinder, ""Pro"""',
        first.product.productType,
        first.category,
        first.product.vendor,
        lowest,
      ].join(','),
    );
  });

  it('quotes only fields that need it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
  });
});
