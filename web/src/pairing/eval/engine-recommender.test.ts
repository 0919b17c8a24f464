import { describe, expect, it } from '@jest/globals';
import { IdInterner } from '../interner.js';
import { mineBaskets } from '../mining/mine-baskets.js';
import { basketLog } from '../testing/builders.js';
import { engineRecommender } from './engine-recommender.js';

const PRODUCTS = 200;

/** Baskets of 2–5 products from overlapping groups of six, with a random extra now and then. */
function groupedHistory(orders: number): number[][] {
  let seed = 11;
  const next = (): number => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
  return Array.from({ length: orders }, () => {
    const base = Math.floor(next() * (PRODUCTS - 6));
    const basket = new Set<number>();
    const size = 2 + Math.floor(next() * 4);
    while (basket.size < size)
      basket.add(next() < 0.8 ? base + Math.floor(next() * 6) : Math.floor(next() * PRODUCTS));
    return [...basket];
  });
}

describe('engineRecommender', () => {
  it('ranks the same when only the queried products get lists (as model selection builds them)', () => {
    const products = new IdInterner();
    for (let id = 1; id <= PRODUCTS; id++) products.intern(String(id));
    const baskets = groupedHistory(3_000);
    const log = basketLog(baskets);
    const train = 2_500;
    const counts = mineBaskets(log, { from: 0, to: train }, PRODUCTS, { minPairCount: 2 });
    const queries = baskets.slice(train, train + 60).map((basket) => basket.slice(1));
    const queried = [...new Set(queries.flat())].sort((a, b) => a - b);
    // Fewer lists than products, or the comparison says nothing
    expect(queried.length).toBeLessThan(PRODUCTS);
    const history = { log, from: 0, to: train };
    const all = engineRecommender(counts, products, { baskets: history });
    const some = engineRecommender(counts, products, { baskets: history, anchors: queried });
    for (const query of queries) expect(some.recommend(query, 10)).toEqual(all.recommend(query, 10));
  });
});
