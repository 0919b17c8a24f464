import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { CooccurrenceMiner } from './cooccurrence-miner.js';
import type { CooccurrenceCounts } from './types.js';

/** Reference: naive pair counting with plain objects. */
function naiveCounts(baskets: readonly (readonly number[])[]) {
  const pairs = new Map<string, { count: number; mass: number }>();
  const items = new Map<number, number>();
  for (const basket of baskets) {
    const distinct = [...new Set(basket)].sort((a, b) => a - b);
    for (const item of distinct) items.set(item, (items.get(item) ?? 0) + 1);
    for (let i = 0; i < distinct.length; i++)
      for (let j = i + 1; j < distinct.length; j++) {
        const key = `${distinct[i]},${distinct[j]}`;
        const entry = pairs.get(key) ?? { count: 0, mass: 0 };
        entry.count += 1;
        entry.mass += 1 / (distinct.length - 1);
        pairs.set(key, entry);
      }
  }
  return { pairs, items };
}

function rowOf(counts: CooccurrenceCounts, a: number): Map<number, { count: number; mass: number }> {
  const row = new Map<number, { count: number; mass: number }>();
  const [from = 0, to = 0] = [counts.rowStart[a], counts.rowStart[a + 1]];
  for (let at = from; at < to; at++)
    row.set(counts.partners[at] ?? -1, {
      count: counts.pairCounts[at] ?? 0,
      mass: counts.pairMasses[at] ?? 0,
    });
  return row;
}

const baskets = fc.array(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 8 }), { maxLength: 60 });

describe('CooccurrenceMiner', () => {
  it('counts the pairs of distinct products per basket, both directions, at or above the support floor', () => {
    fc.assert(
      fc.property(baskets, fc.integer({ min: 1, max: 3 }), (input, floor) => {
        // Given random baskets (with duplicates inside baskets)
        const miner = new CooccurrenceMiner({ minPairCount: floor });
        for (const basket of input) miner.addBasket(basket);
        // When finished
        const counts = miner.finish();
        // Then every kept pair matches the naive count, and every pair at the floor is kept
        const expected = naiveCounts(input);
        let kept = 0;
        for (const [key, { count, mass }] of expected.pairs) {
          const [a, b] = key.split(',').map(Number) as [number, number];
          if (count < floor) continue;
          kept += 1;
          expect(rowOf(counts, a).get(b)?.count).toBe(count);
          expect(rowOf(counts, b).get(a)?.mass).toBeCloseTo(mass, 4);
        }
        expect(counts.pairsKept).toBe(kept);
        for (const [item, count] of expected.items) expect(counts.itemCount[item]).toBe(count);
      }),
    );
  });

  it('spreads each basket over its partners: a product’s partner masses add up to its multi-product baskets', () => {
    // Given a 2-item and a 4-item basket sharing product 0
    const miner = new CooccurrenceMiner({ minPairCount: 1 });
    miner.addBasket([0, 1]);
    miner.addBasket([0, 2, 3, 4]);
    const counts = miner.finish();
    // Then 0's partner 1 (from the small basket) weighs 1, partners from the big one 1/3 each
    const row = rowOf(counts, 0);
    expect(row.get(1)?.mass).toBeCloseTo(1);
    expect(row.get(2)?.mass).toBeCloseTo(1 / 3);
    expect(counts.partnerMass[0]).toBeCloseTo(2);
    expect([...row.values()].reduce((sum, entry) => sum + entry.mass, 0)).toBeCloseTo(
      counts.partnerMass[0] ?? Number.NaN,
    );
  });

  it('stays within its slot budget by dropping rare pairs, and keeps frequent ones exact', () => {
    // Given a tiny budget (16 shards of 64 slots), one pair bought 500 times, and 2,000 pairs bought once
    const miner = new CooccurrenceMiner({ maxPairSlots: 1024, minPairCount: 2 });
    for (let i = 0; i < 500; i++) {
      miner.addBasket([0, 1]);
      miner.addBasket([10 + 4 * i, 11 + 4 * i, 12 + 4 * i]);
      miner.addBasket([3000 + i, 4000 + i]);
    }
    // When finished
    const counts = miner.finish();
    // Then pruning ran and the frequent pair is exact
    expect(counts.prunePasses).toBeGreaterThan(0);
    expect(rowOf(counts, 0).get(1)?.count).toBe(500);
  });

  it('keeps every pair when product indices outgrow 16-bit keys mid-stream', () => {
    // Given pairs among small indices, then a product index beyond 65,535
    const miner = new CooccurrenceMiner();
    for (let i = 0; i < 3; i++) {
      miner.addBasket([1, 2]);
      miner.addBasket([2, 70_000]);
    }
    // When finished
    const counts = miner.finish();
    // Then both pairs are counted exactly
    expect(rowOf(counts, 1).get(2)?.count).toBe(3);
    expect(rowOf(counts, 70_000).get(2)?.count).toBe(3);
  });

  it('skips pairs of oversized baskets but still counts their products', () => {
    const miner = new CooccurrenceMiner({ maxBasketSize: 3, minPairCount: 1 });
    miner.addBasket([0, 1, 2, 3]);
    const counts = miner.finish();
    expect(counts.pairsKept).toBe(0);
    expect(counts.itemCount[3]).toBe(1);
  });

  it('rejects indices that are not product indices', () => {
    expect(() => new CooccurrenceMiner().addBasket([0, -1])).toThrow(RangeError);
  });
});
