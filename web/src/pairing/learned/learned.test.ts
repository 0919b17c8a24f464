/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric checks: typed-array reads are in bounds by construction. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mineBaskets } from '../mining/mine-baskets.js';
import { basketLog } from '../testing/builders.js';
import { denseEase, denseGram } from './dense-ease.js';
import { localEase, localEaseFits, neighbourhoodSize } from './local-ease.js';
import { choleskyInPlace, choleskySolveInPlace, spdInverse } from './spd.js';

/** Row i of B from the compressed rows, dense. */
function denseRow(weights: ReturnType<typeof localEase>, i: number, n: number): Float64Array {
  const row = new Float64Array(n);
  for (let at = weights.rowStart[i]!; at < weights.rowStart[i + 1]!; at++)
    row[weights.targets[at]!] = weights.weights[at]!;
  return row;
}

const basketsArb = (products: number) =>
  fc.array(fc.uniqueArray(fc.integer({ min: 0, max: products - 1 }), { minLength: 1, maxLength: 5 }), {
    minLength: 5,
    maxLength: 60,
  });

describe('SPD kernels', () => {
  it('invert and solve symmetric positive-definite systems', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 36, maxLength: 36 }),
        (raw) => {
          // A = MᵀM + I is SPD for any M
          const n = 6;
          const a = new Float64Array(n * n);
          for (let i = 0; i < n; i++)
            for (let j = 0; j < n; j++) {
              let sum = i === j ? 1 : 0;
              for (let k = 0; k < n; k++) sum += raw[k * n + i]! * raw[k * n + j]!;
              a[i * n + j] = sum;
            }
          const inverse = spdInverse(Float64Array.from(a), n);
          expect(inverse).toBeDefined();
          for (let i = 0; i < n; i++)
            for (let j = 0; j < n; j++) {
              let sum = 0;
              for (let k = 0; k < n; k++) sum += a[i * n + k]! * inverse![k * n + j]!;
              expect(sum).toBeCloseTo(i === j ? 1 : 0, 9);
            }
          const l = Float64Array.from(a);
          expect(choleskyInPlace(l, n)).toBe(true);
          const b = Float64Array.from({ length: n }, (_, i) => i + 1);
          const x = Float64Array.from(b);
          choleskySolveInPlace(l, n, x);
          for (let i = 0; i < n; i++) {
            let sum = 0;
            for (let k = 0; k < n; k++) sum += a[i * n + k]! * x[k]!;
            expect(sum).toBeCloseTo(b[i]!, 9);
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('refuse a singular or indefinite matrix instead of returning NaN', () => {
    // Two identical rows (singular), and a negative pivot (indefinite)
    expect(spdInverse(Float64Array.from([1, 1, 1, 1]), 2)).toBeUndefined();
    expect(choleskyInPlace(Float64Array.from([1, 2, 2, 1]), 2)).toBe(false);
  });
});

describe('localEase', () => {
  it('is EASE exactly when the neighbourhood holds every product', () => {
    fc.assert(
      fc.property(basketsArb(8), fc.constantFrom(0.5, 5, 50), (baskets, lambda) => {
        const log = basketLog(baskets);
        const n = 8;
        const counts = mineBaskets(log, { from: 0, to: log.count }, n, { minPairCount: 1 });
        const local = localEase(counts, { lambda, budget: 1e9 });
        const dense = denseEase(denseGram(log, { from: 0, to: log.count }, n), n, lambda);
        expect(dense).toBeDefined();
        for (let i = 0; i < n; i++) {
          const row = denseRow(local, i, n);
          // A product never bought has no column (its weights are 0 in EASE too: no data, no regression).
          for (let j = 0; j < n; j++)
            if (counts.itemCount[j]! > 0) expect(row[j]).toBeCloseTo(dense!.weights[i * n + j]!, 9);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is EASE exactly when the whole catalog fits a quarter of the budget, though its neighbourhoods would not', () => {
    // 40 products: 40³ = 64,000 multiply-adds within a quarter of 256,000, while the budget's neighbourhood is 33
    const n = 40;
    expect(neighbourhoodSize(n, 256_000, 250)).toBeLessThan(n - 1);
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.nat(n - 1), { minLength: 1, maxLength: 6 }), {
          minLength: 60,
          maxLength: 200,
        }),
        (baskets) => {
          const log = basketLog(baskets);
          const counts = mineBaskets(log, { from: 0, to: log.count }, n, { minPairCount: 1 });
          const local = localEase(counts, { lambda: 5, budget: 256_000 });
          const dense = denseEase(denseGram(log, { from: 0, to: log.count }, n), n, 5)!;
          for (let i = 0; i < n; i++) {
            const row = denseRow(local, i, n);
            for (let j = 0; j < n; j++)
              if (counts.itemCount[j]! > 0) expect(row[j]).toBeCloseTo(dense.weights[i * n + j]!, 9);
          }
          // A neighbourhood cap the caller sets is kept
          expect(localEase(counts, { lambda: 5, budget: 256_000, maxNeighbourhood: 10 }).neighbourhood).toBe(
            10,
          );
        },
      ),
      { numRuns: 20 },
    );
  });

  it('solves each column over the neighbourhood it lists, however its pair counts are looked up', () => {
    // A skewed catalog, small neighbourhoods and dense blocks of none, a few or all products: pairs are read from the
    // block, by searching a long row or by scanning a short one, and each may be read from either of its rows.
    const n = 40;
    const skewed = fc.integer({ min: 0, max: n - 1 }).map((v) => Math.floor((v * v) / n));
    const baskets = fc.array(fc.uniqueArray(skewed, { minLength: 1, maxLength: 8 }), {
      minLength: 40,
      maxLength: 200,
    });
    fc.assert(
      fc.property(
        baskets,
        fc.constantFrom(2, 3, 6),
        fc.constantFrom(0, 4, 40),
        (drawn, maxNeighbourhood, denseBlock) => {
          const log = basketLog(drawn);
          const counts = mineBaskets(log, { from: 0, to: log.count }, n, { minPairCount: 1 });
          const lambda = 3;
          const local = localEase(counts, { lambda, maxNeighbourhood, popularShare: 0.5, denseBlock });
          const gram = denseGram(log, { from: 0, to: log.count }, n);
          for (let j = 0; j < n; j++) {
            const hood: number[] = [];
            const fitted: number[] = [];
            for (let i = 0; i < n; i++)
              for (let at = local.rowStart[i]!; at < local.rowStart[i + 1]!; at++)
                if (local.targets[at] === j) {
                  hood.push(i);
                  fitted.push(local.weights[at]!);
                }
            if (hood.length === 0) continue;
            const m = hood.length;
            const system = new Float64Array(m * m);
            const solution = Float64Array.from(hood, (a) => gram[a * n + j]!);
            hood.forEach((a, k) =>
              hood.forEach((b, l) => (system[k * m + l] = gram[a * n + b]! + (k === l ? lambda : 0))),
            );
            expect(choleskyInPlace(system, m)).toBe(true);
            choleskySolveInPlace(system, m, solution);
            fitted.forEach((weight, k) => expect(weight).toBeCloseTo(solution[k]!, 9));
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('never publishes NaN or infinite weights, even for duplicate products and a vanishing ridge', () => {
    // Products 0 and 1 always bought together: identical columns, a singular Gram matrix without λ
    const log = basketLog([
      [0, 1, 2],
      [0, 1],
      [0, 1, 3],
      [2, 3],
      [0, 1, 2],
    ]);
    const counts = mineBaskets(log, { from: 0, to: log.count }, 4, { minPairCount: 1 });
    for (const lambda of [1e-300, 1e-12, 1]) {
      const weights = localEase(counts, { lambda });
      expect(weights.weights.every(Number.isFinite)).toBe(true);
    }
    expect(() => localEase(counts, { lambda: 0 })).toThrow(RangeError);
  });

  it('solves a catalog one product at a time where the pairs under the support floor leave it indefinite', () => {
    // Pairs bought together once read as 0 (floor 2): G + λI of the whole catalog then has no Cholesky factor at a
    // small λ, while each product's system over the other three has
    const log = basketLog([[0, 1, 3], [1], [0], [1, 2, 3], [1, 2], [0, 3]]);
    const counts = mineBaskets(log, { from: 0, to: log.count }, 4, { minPairCount: 2 });
    const lambda = 0.01;
    const pair = (a: number, b: number): number => {
      if (a === b) return counts.itemCount[a]!;
      for (let at = counts.rowStart[a]!; at < counts.rowStart[a + 1]!; at++)
        if (counts.partners[at] === b) return counts.pairCounts[at]!;
      return 0;
    };
    const whole = Float64Array.from(
      { length: 16 },
      (_, at) => pair(at >> 2, at & 3) + (at % 5 === 0 ? lambda : 0),
    );
    expect(choleskyInPlace(whole, 4)).toBe(false);
    const fitted = localEase(counts, { lambda });
    expect(fitted.unsolved).toBe(0);
    for (let j = 0; j < 4; j++) {
      const hood = [0, 1, 2, 3].filter((i) => i !== j);
      const system = Float64Array.from({ length: 9 }, (_, at) => {
        const [k, l] = [Math.floor(at / 3), at % 3];
        return pair(hood[k]!, hood[l]!) + (k === l ? lambda : 0);
      });
      const solution = Float64Array.from(hood, (i) => pair(i, j));
      expect(choleskyInPlace(system, 3)).toBe(true);
      choleskySolveInPlace(system, 3, solution);
      hood.forEach((i, k) => expect(denseRow(fitted, i, 4)[j]).toBeCloseTo(solution[k]!, 9));
    }
  });

  it('gives a substitute a negative weight through the best-sellers in its neighbourhood', () => {
    // Two mains, never together, each with the same side: the side's regression on both mains
    const baskets = [
      ...Array.from({ length: 30 }, () => [0, 2]),
      ...Array.from({ length: 30 }, () => [1, 2]),
      [2],
    ];
    const log = basketLog(baskets);
    const counts = mineBaskets(log, { from: 0, to: log.count }, 3, { minPairCount: 1 });
    const row = denseRow(localEase(counts, { lambda: 5 }), 0, 3);
    // Main 0 in the cart votes for the side and against the other main
    expect(row[2]).toBeGreaterThan(0);
    expect(row[1]).toBeLessThan(0);
  });

  it('fits several ridge strengths in one pass, each exactly as alone', () => {
    const n = 30;
    const skewed = fc.integer({ min: 0, max: n - 1 }).map((v) => Math.floor((v * v) / n));
    const baskets = fc.array(fc.uniqueArray(skewed, { minLength: 1, maxLength: 7 }), {
      minLength: 20,
      maxLength: 120,
    });
    fc.assert(
      fc.property(baskets, fc.constantFrom(3, 8, 40), (drawn, maxNeighbourhood) => {
        const log = basketLog(drawn);
        const counts = mineBaskets(log, { from: 0, to: log.count }, n, { minPairCount: 1 });
        const lambdas = [50, 0.5, 150];
        const fits = localEaseFits(counts, lambdas, { maxNeighbourhood });
        expect(fits).toHaveLength(lambdas.length);
        lambdas.forEach((lambda, at) =>
          expect(fits[at]).toEqual(localEase(counts, { lambda, maxNeighbourhood })),
        );
      }),
      { numRuns: 30 },
    );
    expect(() => localEaseFits(mineBaskets(basketLog([[0, 1]]), { from: 0, to: 1 }, 2), [5, 0])).toThrow(
      RangeError,
    );
  });

  it('sizes the neighbourhood to the solve budget', () => {
    expect(neighbourhoodSize(248, 2e9, 250)).toBe(247);
    expect(neighbourhoodSize(3_700, 2e9, 250)).toBe(148);
    expect(neighbourhoodSize(50_000, 2e9, 250)).toBe(62);
    expect(neighbourhoodSize(1, 2e9, 250)).toBe(1);
  });
});
