/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
import type { OrderLine } from '../csv/order-lines.js';
import { GrowableFloat64, GrowableUint32 } from '../growable.js';
import { IdInterner } from '../interner.js';
import { ProductObserver } from './product-observer.js';
import { orderKey, type OrderKey } from './order-id-ledger.js';
import type { BasketLog, Ordering } from './types.js';

export interface OrderedBaskets {
  readonly log: BasketLog;
  readonly ordering: Ordering;
  /** Order ids in basket order. */
  readonly orderIds: readonly string[];
}

const NUMERIC_ID = /^\d+$/;

/**
 * Collects order lines (in any line order) into baskets of distinct products, then sorts them by the
 * evaluation protocol: created_at when every order has one, else numeric order_id when all are numeric, else
 * file order (first appearance). Lines with quantity ≤ 0 carry no purchase and are left out.
 */
export class OrderLog {
  readonly products = new IdInterner();
  readonly observed = new ProductObserver();
  private readonly orderIndex = new Map<OrderKey, number>();
  private readonly orderIds: string[] = [];
  private readonly createdAt = new GrowableFloat64();
  private readonly lineOrders = new GrowableUint32();
  private readonly lineProducts = new GrowableUint32();

  get orderCount(): number {
    return this.orderIds.length;
  }

  add(line: OrderLine): void {
    if (!(line.quantity > 0)) return;
    const key = orderKey(line);
    let order = this.orderIndex.get(key);
    if (order === undefined) {
      order = this.orderIds.length;
      this.orderIndex.set(key, order);
      this.orderIds.push(line.orderId);
      this.createdAt.push(line.createdAt ?? Number.NaN);
    } else if (Number.isNaN(this.createdAt.view()[order]) && line.createdAt !== undefined) {
      this.createdAt.view()[order] = line.createdAt;
    }
    const product = this.products.internKnown(line.productId, line.productNumber);
    this.observed.observe(product, line);
    this.lineOrders.push(order);
    this.lineProducts.push(product);
  }

  baskets(): OrderedBaskets {
    const n = this.orderIds.length;
    const created = this.createdAt.view();
    const ids = this.orderIds;
    const fileOrder = Array.from({ length: n }, (_, i) => i);
    let ordering: Ordering = 'file';
    if (n > 0 && created.every((t) => !Number.isNaN(t))) {
      ordering = 'created_at';
      fileOrder.sort((a, b) => created[a]! - created[b]! || a - b);
    } else if (n > 0 && ids.every((id) => NUMERIC_ID.test(id))) {
      ordering = 'order_id';
      const numeric = ids.map(Number);
      fileOrder.sort((a, b) => numeric[a]! - numeric[b]! || a - b);
    }
    return { log: this.buildLog(fileOrder), ordering, orderIds: fileOrder.map((i) => ids[i]!) };
  }

  private buildLog(order: readonly number[]): BasketLog {
    const n = order.length;
    const position = new Uint32Array(n);
    order.forEach((original, at) => (position[original] = at));
    const lineOrders = this.lineOrders.view();
    const lineProducts = this.lineProducts.view();
    const counts = new Uint32Array(n + 1);
    for (const original of lineOrders) counts[position[original]! + 1]! += 1;
    for (let i = 0; i < n; i++) counts[i + 1]! += counts[i]!;
    const raw = new Uint32Array(lineProducts.length);
    const cursor = counts.slice(0, n);
    for (let line = 0; line < lineOrders.length; line++)
      raw[cursor[position[lineOrders[line]!]!]!++] = lineProducts[line]!;
    // Distinct products per basket, in first-seen order.
    const start = new Uint32Array(n + 1);
    const items = new GrowableUint32(raw.length || 1);
    const seen = new Int32Array(this.products.size).fill(-1);
    const created = this.createdAt.view();
    const createdAt = new Float64Array(n);
    for (let basket = 0; basket < n; basket++) {
      for (let at = counts[basket]!; at < counts[basket + 1]!; at++) {
        const product = raw[at]!;
        if (seen[product] === basket) continue;
        seen[product] = basket;
        items.push(product);
      }
      start[basket + 1] = items.length;
      createdAt[basket] = created[order[basket]!]!;
    }
    return { count: n, start, items: items.view().slice(), createdAt };
  }
}
