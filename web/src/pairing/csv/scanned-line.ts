/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
import { decodeCell, sameBytes } from './byte-fields.js';
import type { OrderLine } from './order-lines.js';

/** Remembers the last cell value by its bytes: the lines of one order repeat id, customer and date. */
export class RepeatCache<T> {
  private bytes = new Uint8Array(64);
  private length = -1;
  value!: T;
  hit(source: Uint8Array, start: number, end: number): boolean {
    return sameBytes(source, start, end, this.bytes, this.length);
  }
  store(source: Uint8Array, start: number, end: number, value: T): T {
    if (this.bytes.length < end - start) this.bytes = new Uint8Array((end - start) * 2);
    for (let at = start; at < end; at++) this.bytes[at - start] = source[at]!;
    this.length = end - start;
    return (this.value = value);
  }
}

/**
 * The reused line object: order, product, variant and customer ids become strings only when read; hot loops
 * key on `orderNumber`, `productNumber` and `variantNumber` and ask for the text only when they need it.
 */
export class ScannedLine implements OrderLine {
  line = 0;
  orderNumber = Number.NaN;
  createdAt: number | undefined = undefined;
  productNumber = Number.NaN;
  variantNumber = Number.NaN;
  quantity = 0;
  unitPrice: number | undefined = undefined;
  bytes: Uint8Array = new Uint8Array(0);
  orderStart = 0;
  orderEnd = 0;
  productStart = 0;
  productEnd = 0;
  variantStart = 0;
  variantEnd = 0;
  customerStart = 0;
  customerEnd = 0;

  get orderId(): string {
    return Number.isNaN(this.orderNumber)
      ? decodeCell(this.bytes, this.orderStart, this.orderEnd)
      : String(this.orderNumber);
  }

  get customerId(): string {
    return decodeCell(this.bytes, this.customerStart, this.customerEnd);
  }

  get productId(): string {
    return Number.isNaN(this.productNumber)
      ? decodeCell(this.bytes, this.productStart, this.productEnd)
      : String(this.productNumber);
  }

  get variantId(): string {
    return Number.isNaN(this.variantNumber)
      ? decodeCell(this.bytes, this.variantStart, this.variantEnd)
      : String(this.variantNumber);
  }
}
