import { describe, expect, it } from '@jest/globals';
import { denseRecommender } from './ease-reference.js';

describe('the dense EASE reference recommender', () => {
  it('ranks a leave-one-out query after startBasket exactly as from scratch', () => {
    // Given integer weights (sums exact whatever their order) over 40 products, all seen in training
    const n = 40;
    let state = 7;
    const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31);
    const weights = Float64Array.from({ length: n * n }, () => (next() % 21) - 10);
    const seen = new Uint8Array(n).fill(1);
    const rank = Uint32Array.from({ length: n }, (_, i) => i);
    const shared = denseRecommender('shared', weights, n, seen, rank);
    const fresh = denseRecommender('fresh', weights, n, seen, rank);
    for (let trial = 0; trial < 50; trial++) {
      const basket = [...new Set(Array.from({ length: 2 + (next() % 8) }, () => next() % n))];
      const other = [basket[0] ?? 0, ((basket[0] ?? 0) + 1) % n];
      shared.startBasket?.(basket);
      // When each product is held out in turn (and once none, as for a held-out product unseen in training)
      for (const held of [...basket, -1]) {
        const query = basket.filter((product) => product !== held);
        // Then the order's shared sum gives the same top 10 as summing the query's rows
        expect(shared.recommend(query, 10)).toEqual(fresh.recommend(query, 10));
      }
      // And a query that is not this basket less one product is summed from scratch
      expect(shared.recommend(other, 10)).toEqual(fresh.recommend(other, 10));
    }
  });
});
