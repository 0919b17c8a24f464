/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
import type { BasketLog } from '../orders/types.js';
import type { EvalInfo, Recommender, RecommenderResult } from './types.js';

const K_SMALL = 3;
const K_LARGE = 10;

/** The first floor(fraction · n) orders train; the rest test. */
export function trainCount(orders: number, fraction: number): number {
  if (!(fraction > 0 && fraction < 1))
    throw new RangeError(`train fraction must be in (0, 1), got ${fraction}`);
  return Math.floor(fraction * orders);
}

/** Products appearing in the first `train` baskets. */
export function seenInTraining(log: BasketLog, train: number, productCount: number): Uint8Array {
  const seen = new Uint8Array(productCount);
  for (let at = 0; at < log.start[train]!; at++) seen[log.items[at]!] = 1;
  return seen;
}

/** Whether `evaluate` makes test cases of an order of `size` products: at least 2, at most `maxBasketSize`. */
export function isScoredBasket(size: number, maxBasketSize = Number.POSITIVE_INFINITY): boolean {
  return size >= 2 && size <= maxBasketSize;
}

/**
 * Leave-one-out over the test orders: for each order with ≥ 2 distinct products and each product h in it,
 * every recommender gets the other products (those unseen in training dropped) and must rank h in its top K.
 * A target unseen in training counts as a miss. All recommenders see exactly the same cases.
 */
export function evaluate(
  log: BasketLog,
  train: number,
  seen: Uint8Array,
  recommenders: readonly Recommender[],
  /** Orders with more products are not test cases (model selection scores checkout-sized carts only). */
  maxBasketSize = Number.POSITIVE_INFINITY,
): {
  info: Pick<EvalInfo, 'cases' | 'unseenTargets' | 'emptyQueries' | 'trainProducts'>;
  results: RecommenderResult[];
} {
  const hits = recommenders.map(() => ({ small: 0, large: 0, shown: new Set<number>() }));
  let cases = 0;
  let unseenTargets = 0;
  let emptyQueries = 0;
  const query: number[] = [];
  const basketSeen: number[] = [];
  for (let basket = train; basket < log.count; basket++) {
    const from = log.start[basket]!;
    const to = log.start[basket + 1]!;
    if (!isScoredBasket(to - from, maxBasketSize)) continue;
    basketSeen.length = 0;
    for (let at = from; at < to; at++) if (seen[log.items[at]!]) basketSeen.push(log.items[at]!);
    for (const recommender of recommenders) recommender.startBasket?.(basketSeen);
    for (let held = from; held < to; held++) {
      const target = log.items[held]!;
      query.length = 0;
      for (let at = from; at < to; at++) if (at !== held && seen[log.items[at]!]) query.push(log.items[at]!);
      cases += 1;
      if (!seen[target]) unseenTargets += 1;
      if (query.length === 0) emptyQueries += 1;
      recommenders.forEach((recommender, index) => {
        const ranked = recommender.recommend(query, K_LARGE);
        const tally = hits[index]!;
        // A target unseen in training is a miss, whatever is returned.
        const position = seen[target] ? ranked.indexOf(target) : -1;
        if (position >= 0 && position < K_SMALL) tally.small += 1;
        if (position >= 0 && position < K_LARGE) tally.large += 1;
        for (const product of ranked.slice(0, K_LARGE)) tally.shown.add(product);
      });
    }
  }
  const trainProducts = seen.reduce((sum, flag) => sum + flag, 0);
  const percent = (part: number, whole: number): number =>
    whole > 0 ? Math.round((10_000 * part) / whole) / 100 : 0;
  const results = recommenders.map((recommender, index) => ({
    recommender: recommender.name,
    hr3: percent(hits[index]!.small, cases),
    hr10: percent(hits[index]!.large, cases),
    coverage: percent(hits[index]!.shown.size, trainProducts),
  }));
  return { info: { cases, unseenTargets, emptyQueries, trainProducts }, results };
}
