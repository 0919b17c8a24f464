/**
 * The catalog as the order generator needs it: one numeric spec per product plus planted partners, built
 * in one pass and O(products) in memory whatever the number of orders.
 */
import { rngFor } from './prng.js';
import { plantComplements, type Planting } from './planting.js';
import { describeProduct, type ProductSpec } from './product-spec.js';
import type { OrderWindow } from './timeline.js';
import { ALL_KINDS } from './vocab/index.js';

export interface CatalogModel {
  readonly seed: number;
  readonly window: OrderWindow;
  readonly specs: readonly ProductSpec[];
  /** Global index of each product's first variant; entry [products] is the variant count. */
  readonly variantStart: Int32Array;
  readonly planting: Planting;
}

/** Kind per product: quotas in proportion to kind shares (largest remainder), then shuffled. */
function assignKinds(seed: number, products: number): Uint16Array {
  const totalShare = ALL_KINDS.reduce((sum, kind) => sum + kind.share, 0);
  const exact = ALL_KINDS.map((kind) => (kind.share / totalShare) * products);
  const quotas = exact.map(Math.floor);
  let missing = products - quotas.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((value, k) => [value - Math.floor(value), k] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, k] of byRemainder) {
    if (missing <= 0) break;
    quotas[k] = (quotas[k] ?? 0) + 1;
    missing -= 1;
  }
  const kinds = new Uint16Array(products);
  let at = 0;
  quotas.forEach((quota, k) => {
    kinds.fill(k, at, at + quota);
    at += quota;
  });
  return rngFor(seed, 'kinds').shuffle(kinds);
}

export function buildCatalogModel(seed: number, products: number, window: OrderWindow): CatalogModel {
  const kinds = assignKinds(seed, products);
  const ranks = new Int32Array(products);
  const order = rngFor(seed, 'ranks').shuffle(Int32Array.from({ length: products }, (_, i) => i));
  order.forEach((product, rank) => {
    ranks[product] = rank;
  });
  const ctx = { window, titles: new Set<number>() };
  const specs: ProductSpec[] = [];
  const variantStart = new Int32Array(products + 1);
  for (let i = 0; i < products; i += 1) {
    const kindIndex = kinds[i] as number;
    const kind = ALL_KINDS[kindIndex];
    if (!kind) throw new RangeError(`catalog: unknown kind ${kindIndex}`);
    const spec = describeProduct(ctx, i, kindIndex, kind, ranks[i] as number, rngFor(seed, 'product', i));
    specs.push(spec);
    variantStart[i + 1] = (variantStart[i] as number) + spec.variantCount;
  }
  return { seed, window, specs, variantStart, planting: plantComplements(seed, specs) };
}
