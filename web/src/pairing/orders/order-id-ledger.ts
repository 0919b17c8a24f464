/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
import { NumberIndex } from '../csv/number-index.js';
import type { OrderLine } from '../csv/order-lines.js';
import { GrowableFloat64 } from '../growable.js';

/** An order id: a number when it is plain digits (`OrderLine.orderNumber`), else its text. */
export type OrderKey = number | string;

export function orderKey(line: Pick<OrderLine, 'orderId' | 'orderNumber'>): OrderKey {
  return Number.isNaN(line.orderNumber) ? line.orderId : line.orderNumber;
}

/**
 * The order ids a stream has finished, to catch an order whose lines come back later. Exports list orders by
 * increasing id (or time, with increasing ids), so while numeric ids only go up they are kept in a sorted
 * array (8 bytes each, no hashing); the first id out of order switches to a hash set. Text ids use a Set.
 */
export class OrderIdLedger {
  private readonly ascending = new GrowableFloat64();
  private hashed: NumberIndex | undefined;
  private readonly texts = new Set<string>();

  has(key: OrderKey): boolean {
    if (typeof key === 'string') return this.texts.has(key);
    if (this.hashed) return this.hashed.get(key) >= 0;
    const last = this.ascending.at(this.ascending.length - 1);
    if (last === undefined || key > last) return false;
    return binarySearch(this.ascending.view(), key);
  }

  add(key: OrderKey): void {
    if (typeof key === 'string') {
      this.texts.add(key);
    } else if (this.hashed) {
      this.hashed.add(key, 0);
    } else {
      const last = this.ascending.at(this.ascending.length - 1);
      if (last === undefined || key > last) {
        this.ascending.push(key);
        return;
      }
      this.hashed = new NumberIndex();
      for (const kept of this.ascending.view()) this.hashed.add(kept, 0);
      this.hashed.add(key, 0);
    }
  }
}

function binarySearch(sorted: Float64Array, value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = sorted[middle]!;
    if (found === value) return true;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
