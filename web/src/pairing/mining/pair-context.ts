/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
import { NumberIndex } from '../csv/number-index.js';
import type { BasketLog } from '../orders/types.js';
import { decayWeight, newestOrder } from './decay.js';
import { PairTable } from './pair-table.js';
import type { CooccurrenceCounts } from './types.js';

/**
 * Pairs bought together in fewer baskets get no context of their own: too little to tell it from their rows. On the
 * validation splits 5 beat 10 and 20 a little (groceries HR@3/HR@10 20.60/40.64 vs 20.50/40.56 and 20.53/40.48, the
 * demo shop 26.46/44.11 vs 26.41/44.10); shrinkage (`PAIR_PRIOR_WEIGHT`) keeps thin pairs close to their rows.
 */
export const MIN_CONTEXT_BASKETS = 5;
/** Baskets with more products say little about any one triple and cost n³ updates. */
export const MAX_CONTEXT_BASKET = 40;
/** Slot budget of the (pair, third product) table; at the bound rare triples are pruned, as for pairs. */
const MAX_CONTEXT_SLOTS = 1 << 21;

/**
 * What else is in the baskets that hold both products of a frequent pair: for pair i (`a[i] < c[i]`), `mass[i]`
 * is the weighted number of such baskets with a third product, and each third product b gets a share
 * weight / (basket size − 2) — the pair's own partner distribution, as a row of `CooccurrenceCounts` is a product's.
 */
export interface PairContexts {
  readonly a: Uint32Array;
  readonly c: Uint32Array;
  /** Baskets holding both (all of them, as `pairCounts` counts). */
  readonly together: Uint32Array;
  readonly mass: Float64Array;
  /** Third products of pair i: `start[i] .. start[i + 1]` in `thirds` and `shares`. */
  readonly start: Uint32Array;
  readonly thirds: Uint32Array;
  readonly shares: Float32Array;
}

/** Baskets for the second pass: `log` from `from` to `to` (smaller or larger ones are skipped). */
export interface ContextBaskets {
  readonly log: BasketLog;
  readonly from: number;
  readonly to: number;
  /** The time decay's reference, the newest order mined; default the newest basket in the range. */
  readonly newest?: number;
}

/**
 * A second pass over the baskets already mined into `counts`, for the pairs bought together in at least
 * `MIN_CONTEXT_BASKETS` of them. Third products seen with a pair only once are dropped (the support floor).
 */
export function minePairContexts(
  baskets: ContextBaskets,
  counts: CooccurrenceCounts,
  halfLifeDays: number,
): PairContexts {
  const { log, from, to } = baskets;
  const n = counts.productCount;
  const pairA: number[] = [];
  const pairC: number[] = [];
  const together: number[] = [];
  const index = new NumberIndex();
  for (let a = 0; a < n; a++)
    for (let at = counts.rowStart[a]!; at < counts.rowStart[a + 1]!; at++) {
      const c = counts.partners[at]!;
      if (c <= a || counts.pairCounts[at]! < MIN_CONTEXT_BASKETS) continue;
      index.add(a * n + c, pairA.length);
      pairA.push(a);
      pairC.push(c);
      together.push(counts.pairCounts[at]!);
    }
  const mass = new Float64Array(pairA.length);
  const table = new PairTable(MAX_CONTEXT_SLOTS, 2);
  if (pairA.length > 0) {
    const newest = baskets.newest ?? newestOrder(log, from, to);
    const items = new Uint32Array(MAX_CONTEXT_BASKET);
    for (let basket = from; basket < to; basket++) {
      const first = log.start[basket]!;
      const size = log.start[basket + 1]! - first;
      if (size < 3 || size > MAX_CONTEXT_BASKET) continue;
      sortedCopy(log.items, first, size, items);
      const weight = decayWeight(newest - log.createdAt[basket]!, halfLifeDays);
      const share = weight / (size - 2);
      for (let i = 0; i < size; i++)
        for (let j = i + 1; j < size; j++) {
          const pair = index.get(items[i]! * n + items[j]!);
          if (pair < 0) continue;
          mass[pair]! += weight;
          // Keys are (pair + 1, product): never (0, 0), which the table reserves for an empty slot.
          for (let k = 0; k < size; k++) if (k !== i && k !== j) table.add(pair + 1, items[k]!, share);
        }
    }
  }
  return {
    a: Uint32Array.from(pairA),
    c: Uint32Array.from(pairC),
    together: Uint32Array.from(together),
    mass,
    ...rows(table, pairA.length),
  };
}

function sortedCopy(source: Uint32Array, from: number, size: number, into: Uint32Array): void {
  for (let i = 0; i < size; i++) {
    const value = source[from + i]!;
    let at = i;
    while (at > 0 && into[at - 1]! > value) {
      into[at] = into[at - 1]!;
      at--;
    }
    into[at] = value;
  }
}

/** The table's kept (pair, third) entries as rows by pair. */
function rows(table: PairTable, pairs: number): Pick<PairContexts, 'start' | 'thirds' | 'shares'> {
  const start = new Uint32Array(pairs + 1);
  table.forEach((pairPlusOne, _third, count) => {
    if (count >= 2) start[pairPlusOne]! += 1;
  });
  for (let pair = 0; pair < pairs; pair++) start[pair + 1]! += start[pair]!;
  const thirds = new Uint32Array(start[pairs]!);
  const shares = new Float32Array(start[pairs]!);
  const cursor = start.slice(0, pairs);
  table.forEach((pairPlusOne, third, count, share) => {
    if (count < 2) return;
    const at = cursor[pairPlusOne - 1]!++;
    thirds[at] = third;
    shares[at] = share;
  });
  return { start, thirds, shares };
}
