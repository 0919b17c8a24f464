/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
import { GrowableUint32 } from '../growable.js';
import { IdInterner } from '../interner.js';
import type { OrderLine } from '../csv/order-lines.js';
import type { ObservedProduct } from './types.js';

/**
 * Remembers, per product index, which variants were bought and the latest price: the catalog of last resort.
 * One interned index per variant and flat arrays, since it runs on every order line.
 */
export class ProductObserver {
  private readonly variants = new IdInterner();
  private readonly variantProduct = new GrowableUint32();
  private readonly variantBought = new GrowableUint32();
  private prices: Float64Array = new Float64Array(1024).fill(Number.NaN);
  /** Variants grouped by product (built on first read, dropped on the next write). */
  private byProduct: { start: Uint32Array; variants: Uint32Array } | undefined;

  observe(
    product: number,
    line: Pick<OrderLine, 'variantId' | 'variantNumber' | 'quantity' | 'unitPrice'>,
  ): void {
    this.byProduct = undefined;
    const { quantity, unitPrice } = line;
    let variant = this.variants.knownNumber(line.variantNumber);
    if (variant < 0) {
      const variantId = line.variantId;
      variant = variantId === '' ? -1 : this.variants.internKnown(variantId, line.variantNumber);
    }
    if (variant >= 0) {
      if (variant === this.variantProduct.length) {
        this.variantProduct.push(product);
        this.variantBought.push(0);
      }
      this.variantBought.increment(variant, Math.max(1, Math.round(quantity)));
    }
    if (unitPrice !== undefined) {
      if (product >= this.prices.length) this.prices = grow(this.prices, product);
      this.prices[product] = unitPrice;
    }
  }

  private index(): { start: Uint32Array; variants: Uint32Array } {
    if (this.byProduct) return this.byProduct;
    const owners = this.variantProduct.view();
    let products = 0;
    for (const owner of owners) products = Math.max(products, owner + 1);
    const start = new Uint32Array(products + 1);
    for (const owner of owners) start[owner + 1]! += 1;
    for (let product = 0; product < products; product++) start[product + 1]! += start[product]!;
    const cursor = start.slice(0, products);
    const variants = new Uint32Array(owners.length);
    owners.forEach((owner, variant) => (variants[cursor[owner]!++] = variant));
    return (this.byProduct = { start, variants });
  }

  get(product: number): ObservedProduct {
    const { start, variants } = this.index();
    const bought = this.variantBought.view();
    const ids: { id: string; bought: number }[] = [];
    for (let at = start[product] ?? 0; at < (start[product + 1] ?? 0); at++)
      ids.push({ id: this.variants.id(variants[at]!), bought: bought[variants[at]!]! });
    ids.sort((a, b) => b.bought - a.bought || (a.id < b.id ? -1 : 1));
    const price = this.prices[product];
    return {
      variantId: ids[0]?.id,
      variantIds: ids.map((entry) => entry.id),
      unitPrice: price === undefined || Number.isNaN(price) ? undefined : price,
    };
  }
}

function grow(prices: Float64Array, index: number): Float64Array {
  let length = prices.length;
  while (length <= index) length *= 2;
  const bigger = new Float64Array(length).fill(Number.NaN);
  bigger.set(prices);
  return bigger;
}
