/**
 * Sufficient statistics of one arm's per-checkout values: enough for a mean and a variance, and additive, so
 * daily rollups sum to any range in O(days).
 */
export interface Moments {
  readonly n: number;
  readonly sum: number;
  readonly sumOfSquares: number;
}

export const NO_MOMENTS: Moments = { n: 0, sum: 0, sumOfSquares: 0 };

export function addMoments(a: Moments, b: Moments): Moments {
  return { n: a.n + b.n, sum: a.sum + b.sum, sumOfSquares: a.sumOfSquares + b.sumOfSquares };
}

export function momentsOf(values: Iterable<number>): Moments {
  let n = 0;
  let sum = 0;
  let sumOfSquares = 0;
  for (const value of values) {
    n += 1;
    sum += value;
    sumOfSquares += value * value;
  }
  return { n, sum, sumOfSquares };
}

export function mean(m: Moments): number {
  return m.n === 0 ? Number.NaN : m.sum / m.n;
}

/** Unbiased sample variance; never negative (rounding in Σx² − n·x̄² can dip below zero). */
export function sampleVariance(m: Moments): number {
  if (m.n < 2) return Number.NaN;
  const average = m.sum / m.n;
  return Math.max(0, (m.sumOfSquares - m.n * average * average) / (m.n - 1));
}
