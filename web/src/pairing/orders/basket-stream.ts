import { CsvError } from '../csv/csv-error.js';
import type { OrderLine } from '../csv/order-lines.js';
import type { IdInterner } from '../interner.js';
import { OrderIdLedger, orderKey, type OrderKey } from './order-id-ledger.js';
import type { ProductObserver } from './product-observer.js';

export type BasketHandler = (products: readonly number[], createdAt: number) => void;

/**
 * Groups a streamed order-line file into baskets without holding the orders: lines of one order must be
 * contiguous (as every export writes them); an order id that comes back later is an error, not a silent
 * second basket. Lines with quantity ≤ 0 carry no purchase and are skipped.
 */
export class BasketStream {
  private readonly finished = new OrderIdLedger();
  /** The open order: its id as a number when plain (the usual export), else as text. */
  private current: OrderKey | undefined;
  private items: number[] = [];
  private createdAt = Number.NaN;
  orders = 0;
  lines = 0;

  constructor(
    private readonly file: string,
    private readonly products: IdInterner,
    private readonly observer: ProductObserver,
    private readonly onBasket: BasketHandler,
  ) {}

  add(line: OrderLine): void {
    this.lines += 1;
    const key = orderKey(line);
    if (key !== this.current) {
      this.flush();
      if (this.finished.has(key)) {
        throw new CsvError(
          this.file,
          line.line,
          'order_id',
          `order ${line.orderId} continues here after other orders; lines of one order must be contiguous`,
        );
      }
      this.current = key;
    }
    if (Number.isNaN(this.createdAt) && line.createdAt !== undefined) this.createdAt = line.createdAt;
    if (!(line.quantity > 0)) return;
    let product = this.products.knownNumber(line.productNumber);
    if (product < 0) product = this.products.internKnown(line.productId, line.productNumber);
    this.observer.observe(product, line);
    if (!this.items.includes(product)) this.items.push(product);
  }

  end(): void {
    this.flush();
  }

  private flush(): void {
    if (this.current === undefined) return;
    this.finished.add(this.current);
    this.orders += 1;
    if (this.items.length > 0) this.onBasket(this.items, this.createdAt);
    this.current = undefined;
    this.items = [];
    this.createdAt = Number.NaN;
  }
}
