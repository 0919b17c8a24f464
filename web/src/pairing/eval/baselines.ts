/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
import type { CooccurrenceCounts } from '../mining/types.js';
import { topK, topKScored } from '../scoring/top-k.js';
import type { Recommender } from './types.js';

/** The reference baselines: neighbours with pair count ≥ 2 (the miner's floor), 50 per product. */
export const BASELINE_NEIGHBOURS = 50;

/** Most frequent training products not in the query. */
export function popularityRecommender(counts: CooccurrenceCounts, rank: Uint32Array): Recommender {
  const products = Array.from({ length: counts.productCount }, (_, b) => b).filter(
    (b) => counts.itemCount[b]! > 0,
  );
  const order = topK(products, products.length, (b) => counts.itemCount[b]!, rank);
  return {
    name: 'popularity',
    recommend(query, k) {
      const out: number[] = [];
      for (const b of order) {
        if (out.length >= k) break;
        if (!query.includes(b)) out.push(b);
      }
      return out;
    },
  };
}

/** Confidence c(a,b)/c(a), merged across the query by max. */
export function confidenceRecommender(counts: CooccurrenceCounts, rank: Uint32Array): Recommender {
  const lists = neighbourLists(counts, rank, (a, _b, together) => together / counts.itemCount[a]!);
  return neighbourRecommender('confidence', lists, rank, Math.max);
}

/** Cosine c(a,b)/√(c(a)c(b)), merged across the query by sum. */
export function cosineRecommender(counts: CooccurrenceCounts, rank: Uint32Array): Recommender {
  const lists = neighbourLists(
    counts,
    rank,
    (a, b, together) => together / Math.sqrt(counts.itemCount[a]! * counts.itemCount[b]!),
  );
  return neighbourRecommender('cosine', lists, rank, (x, y) => x + y);
}

type Neighbours = { readonly products: readonly number[]; readonly scores: readonly number[] };

function neighbourLists(
  counts: CooccurrenceCounts,
  rank: Uint32Array,
  score: (a: number, b: number, together: number) => number,
): Neighbours[] {
  return Array.from({ length: counts.productCount }, (_, a) => {
    const from = counts.rowStart[a]!;
    const to = counts.rowStart[a + 1]!;
    const byPartner = new Map<number, number>();
    for (let at = from; at < to; at++)
      byPartner.set(counts.partners[at]!, score(a, counts.partners[at]!, counts.pairCounts[at]!));
    const best = topK(byPartner.keys(), BASELINE_NEIGHBOURS, (b) => byPartner.get(b)!, rank);
    return { products: best, scores: best.map((b) => byPartner.get(b)!) };
  });
}

function neighbourRecommender(
  name: string,
  lists: readonly Neighbours[],
  rank: Uint32Array,
  combine: (x: number, y: number) => number,
): Recommender {
  // Scores in a dense array reused across queries (the evaluation asks ~10^5 of them): no Map per query. Every
  // neighbour score is > 0 (pairs have count ≥ 2), so 0 marks a product not yet touched.
  const score = new Float64Array(lists.length);
  const inQuery = new Uint8Array(lists.length);
  const touched: number[] = [];
  return {
    name,
    recommend(query, k) {
      for (const a of query) inQuery[a] = 1;
      for (const a of query) {
        const list = lists[a];
        if (!list) continue;
        const { products, scores } = list;
        for (let index = 0; index < products.length; index++) {
          const b = products[index]!;
          if (inQuery[b]) continue;
          const value = scores[index]!;
          if (score[b] !== 0) score[b] = combine(score[b]!, value);
          else {
            score[b] = value;
            touched.push(b);
          }
        }
      }
      const best = topKScored(touched, k, score, rank);
      for (const b of touched) score[b] = 0;
      for (const a of query) inQuery[a] = 0;
      touched.length = 0;
      return best;
    },
  };
}
