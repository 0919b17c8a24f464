/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
import { denseEase, denseGram } from '../learned/dense-ease.js';
import type { BasketLog } from '../orders/types.js';
import { topKScored } from '../scoring/top-k.js';
import { evaluate, seenInTraining, trainCount } from './harness.js';
import type { Recommender } from './types.js';

/** Catalogs above this many products get no dense reference: items² memory, items³ time. */
export const EASE_MAX_PRODUCTS = 5_000;
/** λ tried on the validation split inside the training part (Steck's EASE^R: a handful of decades suffices). */
export const EASE_LAMBDAS = [20, 50, 100, 200] as const;

export interface EaseReference {
  readonly recommender: Recommender;
  readonly lambda: number;
  /** HR@3 / HR@10 per λ on the validation split, in percent. */
  readonly validation: readonly { readonly lambda: number; readonly hr3: number; readonly hr10: number }[];
}

/**
 * Dense, exact EASE^R as the reference the engine is measured against: λ chosen on the validation split inside the
 * training part (its newest 20 %, by HR@3 + HR@10), then refitted on the whole training part. Undefined when the
 * catalog is too large or no λ gives an invertible system.
 */
export function easeReference(
  log: BasketLog,
  train: number,
  productCount: number,
  rank: Uint32Array,
  lambdas: readonly number[] = EASE_LAMBDAS,
): EaseReference | undefined {
  if (productCount > EASE_MAX_PRODUCTS || productCount === 0) return undefined;
  const inner = trainCount(train, 0.8);
  const view: BasketLog = {
    count: train,
    start: log.start.subarray(0, train + 1),
    items: log.items,
    createdAt: log.createdAt.subarray(0, train),
  };
  const gram = denseGram(log, { from: 0, to: inner }, productCount);
  const seenInner = seenInTraining(view, inner, productCount);
  const validation = lambdas.flatMap((lambda) => {
    const model = denseEase(gram, productCount, lambda);
    if (!model) return [];
    const recommender = denseRecommender(`ease λ ${lambda}`, model.weights, productCount, seenInner, rank);
    const [result] = evaluate(view, inner, seenInner, [recommender]).results;
    return result ? [{ lambda, hr3: result.hr3, hr10: result.hr10 }] : [];
  });
  const best = [...validation].sort((a, b) => b.hr3 + b.hr10 - (a.hr3 + a.hr10) || a.lambda - b.lambda)[0];
  if (!best) return undefined;
  const model = denseEase(denseGram(log, { from: 0, to: train }, productCount), productCount, best.lambda);
  if (!model) return undefined;
  const seen = seenInTraining(log, train, productCount);
  return {
    recommender: denseRecommender('ease', model.weights, productCount, seen, rank),
    lambda: best.lambda,
    validation,
  };
}

/**
 * A cart's score for j is the sum of its products' rows of B; the top k products seen in training, cart excluded.
 * The leave-one-out queries of one order sum the same rows but one: the order's sum is taken once
 * (`startBasket`) and each query subtracts its held-out product's row, ~an order's size fewer row additions.
 */
export function denseRecommender(
  name: string,
  weights: Float64Array,
  n: number,
  seen: Uint8Array,
  rank: Uint32Array,
): Recommender {
  const score = new Float64Array(n);
  const basketSum = new Float64Array(n);
  const inBasket = new Uint8Array(n);
  let basket: readonly number[] = [];
  let basketIds = 0;
  const candidates = Array.from({ length: n }, (_, j) => j).filter((j) => seen[j]);
  const addRow = (into: Float64Array, i: number, sign: number): void => {
    const row = i * n;
    for (let j = 0; j < n; j++) into[j]! += sign * weights[row + j]!;
  };
  return {
    name,
    startBasket(products) {
      for (const i of basket) inBasket[i] = 0;
      basket = [...new Set(products)];
      basketIds = 0;
      basketSum.fill(0);
      for (const i of basket) {
        inBasket[i] = 1;
        addRow(basketSum, i, 1);
        basketIds += i;
      }
    },
    recommend(query, k) {
      // The query is the basket less `held` when it holds distinct basket products, one fewer than the basket.
      const distinct = new Set(query);
      const within = distinct.size === query.length && query.every((i) => inBasket[i] === 1);
      const held = basketIds - query.reduce((sum, i) => sum + i, 0);
      if (within && query.length === basket.length) score.set(basketSum);
      else if (within && query.length === basket.length - 1 && inBasket[held] === 1) {
        score.set(basketSum);
        addRow(score, held, -1);
      } else {
        score.fill(0);
        for (const i of query) addRow(score, i, 1);
      }
      for (const i of query) score[i] = Number.NEGATIVE_INFINITY;
      return topKScored(candidates, k, score, rank).filter((j) => score[j] !== Number.NEGATIVE_INFINITY);
    },
  };
}
