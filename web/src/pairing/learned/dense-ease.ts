/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
import type { BasketLog } from '../orders/types.js';
import { spdInverse } from './spd.js';

/**
 * EASE^R (Steck 2019) solved exactly: B = I − P·diag(1/diag(P)) with P = (XᵀX + λI)⁻¹, so column j of B is
 * the ridge regression of product j on every other product. Dense, items² memory and items³ time: the reference
 * the scalable model (`localEase`) is measured against, for catalogs up to a few thousand products.
 */
export interface DenseEase {
  readonly n: number;
  /** Row-major B: a cart's score for j is Σ over its products i of B[i·n + j]. */
  readonly weights: Float64Array;
}

/** XᵀX of baskets `from .. to`: co-purchase counts off the diagonal, basket counts on it. */
export function denseGram(
  log: BasketLog,
  range: { readonly from: number; readonly to: number },
  n: number,
): Float64Array {
  const gram = new Float64Array(n * n);
  for (let basket = range.from; basket < range.to; basket++) {
    const from = log.start[basket]!;
    const to = log.start[basket + 1]!;
    for (let x = from; x < to; x++) {
      const row = log.items[x]! * n;
      for (let y = from; y < to; y++) gram[row + log.items[y]!]! += 1;
    }
  }
  return gram;
}

/** EASE's weights for one λ, or undefined when G + λI cannot be inverted reliably. `gram` is not changed. */
export function denseEase(gram: Float64Array, n: number, lambda: number): DenseEase | undefined {
  const a = gram.slice();
  for (let i = 0; i < n; i++) a[i * n + i]! += lambda;
  const p = spdInverse(a, n);
  if (!p) return undefined;
  const diagonal = new Float64Array(n);
  for (let j = 0; j < n; j++) diagonal[j] = p[j * n + j]!;
  // Indexed loops: a typed array's iterator costs more than the division over n² entries.
  let finite = true;
  for (let i = 0; i < n; i++) {
    const row = i * n;
    for (let j = 0; j < n; j++) {
      const weight = i === j ? 0 : -p[row + j]! / diagonal[j]!;
      p[row + j] = weight;
      if (!Number.isFinite(weight)) finite = false;
    }
  }
  return finite ? { n, weights: p } : undefined;
}
