import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { OrderLine } from './order-lines.js';
import { OrderLineScanner } from './order-line-scanner.js';

const HEADER = 'order_id,customer_id,created_at,product_id,variant_id,quantity,unit_price';
const encode = (text: string) => new TextEncoder().encode(text);

/** Scans text pushed in the given chunk sizes; returns plain copies of the lines. */
function scan(text: string, cuts: readonly number[] = []): OrderLine[] {
  const lines: OrderLine[] = [];
  const scanner = new OrderLineScanner('orders.csv', (line) => {
    const {
      orderId,
      orderNumber,
      customerId,
      createdAt,
      productId,
      productNumber,
      variantId,
      variantNumber,
      quantity,
      unitPrice,
    } = line;
    lines.push({
      line: line.line,
      orderId,
      orderNumber,
      customerId,
      createdAt,
      productId,
      productNumber,
      variantId,
      variantNumber,
      quantity,
      unitPrice,
    });
  });
  const bytes = encode(text);
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    scanner.push(bytes.subarray(from, Math.max(from, Math.min(cut, bytes.length))));
    from = Math.max(from, Math.min(cut, bytes.length));
  }
  scanner.push(bytes.subarray(from));
  scanner.end();
  return lines;
}

describe('OrderLineScanner', () => {
  it('reads typed lines, any column order, CRLF, quoted cells and GIDs', () => {
    // Given a file with reordered columns, an extra column, CRLF and a quoted customer
    const text = [
      'quantity,product_id,order_id,extra,customer_id,created_at,variant_id,unit_price',
      '2,14,1001,x,"C,7",2024-05-01T12:30:00Z,140,4.20',
      '1,gid://shopify/Product/15,1001,y,"C,7",2024-05-01 12:30,,',
    ].join('\r\n');
    // When scanned
    const lines = scan(text);
    // Then every field is typed
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      line: 2,
      orderId: '1001',
      customerId: 'C,7',
      productId: '14',
      productNumber: 14,
      variantId: '140',
      quantity: 2,
      unitPrice: 4.2,
    });
    expect(lines[0]?.createdAt).toBe(Date.UTC(2024, 4, 1, 12, 30));
    expect(lines[1]).toMatchObject({
      line: 3,
      productId: 'gid://shopify/Product/15',
      variantId: '',
      unitPrice: undefined,
    });
    expect(Number.isNaN(lines[1]?.productNumber)).toBe(true);
  });

  it('gives the same lines however the bytes are cut into chunks', () => {
    const text = `${HEADER}\n1,,2024-01-02T03:04:05Z,10,100,1,9.95\n1,,2024-01-02T03:04:05Z,11,,3,\n2,"c ""x""",2024-02-01,10,100,1,9.95\n`;
    const whole = scan(text);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 6 }), (cuts) =>
        expect(scan(text, cuts)).toEqual(whole),
      ),
    );
  });

  it('names file, line and column for a missing column', () => {
    expect(() =>
      scan('order_id,customer_id,created_at,product_id,variant_id,unit_price\n1,,,2,,4.2'),
    ).toThrow(
      'orders.csv line 1, column quantity: missing from the header (found: order_id,customer_id,created_at,product_id,variant_id,unit_price)',
    );
  });

  it('names file, line and column for a non-numeric quantity', () => {
    expect(() => scan(`${HEADER}\n1,,,2,,1,\n1,,,3,,two,`)).toThrow(
      "orders.csv line 3, column quantity: 'two' is not a number",
    );
  });

  it.each(['2024-13-01T00:00:00Z', '2024-02-30', 'yesterday', '1', '2024-05-01T25:00:00Z'])(
    'names file, line and column for the malformed date %s',
    (date) => {
      expect(() => scan(`${HEADER}\n1,,${date},2,,1,`)).toThrow(
        `orders.csv line 2, column created_at: '${date}' is not a date`,
      );
    },
  );

  it('reads every order date exactly across days, leap days and the day cache', () => {
    // Given orders listed by time, several a day (the day part is read once, the time on every order)
    const dates = [
      '2024-02-28T23:59:59Z',
      '2024-02-29T00:00:01Z',
      '2024-02-29T12:00:00Z',
      '2024-03-01T00:00:00Z',
      '2024-12-31T23:59:60Z',
    ];
    const lines = scan([HEADER, ...dates.map((date, i) => `${i + 1},,${date},2,,1,`)].join('\n'));
    // Then each is its UTC instant (a leap second counts as the next second)
    expect(lines.map((line) => line.createdAt)).toEqual([
      Date.UTC(2024, 1, 28, 23, 59, 59),
      Date.UTC(2024, 1, 29, 0, 0, 1),
      Date.UTC(2024, 1, 29, 12),
      Date.UTC(2024, 2, 1),
      Date.UTC(2025, 0, 1),
    ]);
    // And a bad time or day is still named, also after a good one of the same day
    expect(() => scan(`${HEADER}\n1,,2024-02-29T10:00:00Z,2,,1,\n2,,2024-02-29T24:00:00Z,2,,1,`)).toThrow(
      "orders.csv line 3, column created_at: '2024-02-29T24:00:00Z' is not a date",
    );
    expect(() => scan(`${HEADER}\n1,,2023-02-29T10:00:00Z,2,,1,\n2,,2023-02-29T11:00:00Z,2,,1,`)).toThrow(
      "orders.csv line 2, column created_at: '2023-02-29T10:00:00Z' is not a date",
    );
  });

  it('keys orders by number when their ids are plain numbers, else by text', () => {
    const lines = scan(`${HEADER}\n1001,,,2,,1,\n0012,,,2,,1,\nA-7,,,2,,1,`);
    expect(lines.map((line) => [line.orderId, line.orderNumber])).toEqual([
      ['1001', 1001],
      ['0012', Number.NaN],
      ['A-7', Number.NaN],
    ]);
  });

  it('rejects a line without a product, a short line and a missing header', () => {
    expect(() => scan(`${HEADER}\n1,,,,,1,`)).toThrow('orders.csv line 2, column product_id: is empty');
    expect(() => scan(`${HEADER}\n1,,`)).toThrow(
      'orders.csv line 2, column product_id: missing (the line has 3 fields)',
    );
    expect(() => scan('')).toThrow('orders.csv line 1: no header');
  });

  it('accepts ISO dates with offsets and fractions, and reads them as UTC instants', () => {
    const [line] = scan(`${HEADER}\n1,,2024-05-01T14:30:00.250+02:00,2,,1,`);
    expect(line?.createdAt).toBe(Date.UTC(2024, 4, 1, 12, 30, 0, 250));
  });
});
