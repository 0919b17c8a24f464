/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
import type { CooccurrenceCounts } from '../mining/types.js';
import { choleskyInPlace, choleskySolveInPlace, spdInverse } from './spd.js';
import { DenseBlock, fillNormalEquations } from './normal-equations.js';
import { SortedRows } from './sorted-rows.js';

/** How the scalable item-item model is fitted; see `localEase`. */
export interface LocalEaseOptions {
  /** Ridge strength λ added to every regressor's diagonal (in baskets). */
  readonly lambda: number;
  /**
   * Multiply-adds the solves may take in all (≈ products × neighbourhood³ / 6, or products³ for the whole catalog's
   * inverse): the neighbourhood shrinks on large catalogs so a fit stays within seconds. Default 2·10⁹: catalogs of
   * up to 793 products bought are solved whole (exact EASE^R); 148 on 3,700 products, 62 on 50,000.
   */
  readonly budget?: number;
  /** Largest neighbourhood, whatever the budget; when given, only catalogs within it are solved whole. Default 250. */
  readonly maxNeighbourhood?: number;
  /** Share of a neighbourhood given to the shop's best-sellers (the rest: the product's top partners). */
  readonly popularShare?: number;
  /** Best-sellers whose pair counts are held in a dense matrix (memory: its square × 4 bytes). Default 2,048. */
  readonly denseBlock?: number;
}

/**
 * Signed item-item weights in compressed rows: row i holds what having product i in the cart adds to each target j
 * (B[i][j]); a cart's score for j is the sum over its products' rows, as checkout's merge adds lists.
 */
export interface ItemWeights {
  readonly productCount: number;
  readonly rowStart: Uint32Array;
  readonly targets: Uint32Array;
  readonly weights: Float64Array;
  /** Regressors per product the budget allowed. */
  readonly neighbourhood: number;
  /** Products whose regression could not be solved (their column of B is empty). */
  readonly unsolved: number;
}

export const DEFAULT_SOLVE_BUDGET = 2e9;
const DEFAULT_MAX_NEIGHBOURHOOD = 250;
/** The whole catalog is solved at once when products³ is at most the budget over this. */
const WHOLE_CATALOG_SHARE = 4;
const DEFAULT_POPULAR_SHARE = 0.5;
/** 16 MB; on a 3,800-product shop it holds most of every neighbourhood. */
const DEFAULT_DENSE_BLOCK = 2048;

/**
 * EASE^R (Steck 2019) solved over neighbourhoods: column j of B is the ridge regression of product j's purchases on
 * its most co-purchased partners plus the shop's best-sellers — (G_NN + λI)·w = G_Nj with G = XᵀX from the mined
 * counts — instead of on every product, so memory is linear in products × neighbourhood and time is bounded by
 * `budget`. With a neighbourhood holding every product it is EASE exactly (pairs under the miner's support floor
 * read as 0). The best-sellers matter: products never bought with j get negative weights through them, which is
 * how substitutes (a second main course) are pushed down.
 */
export function localEase(counts: CooccurrenceCounts, options: LocalEaseOptions): ItemWeights {
  const [fit] = localEaseFits(counts, [options.lambda], options);
  return fit!;
}

/**
 * `localEase` at several ridge strengths, in their order, as model selection weighs them: each product's
 * neighbourhood and normal equations are found once and only the factorisation is repeated per λ. Each fit is
 * exactly what `localEase` returns for its λ.
 */
export function localEaseFits(
  counts: CooccurrenceCounts,
  lambdas: readonly number[],
  options: Omit<LocalEaseOptions, 'lambda'> = {},
): ItemWeights[] {
  const n = counts.productCount;
  for (const lambda of lambdas) if (!(lambda > 0)) throw new RangeError(`lambda must be > 0, got ${lambda}`);
  const targets = Array.from({ length: n }, (_, j) => j).filter((j) => counts.itemCount[j]! > 0);
  const budget = options.budget ?? DEFAULT_SOLVE_BUDGET;
  const size = neighbourhoodSize(
    targets.length,
    budget,
    options.maxNeighbourhood ?? DEFAULT_MAX_NEIGHBOURHOOD,
  );
  const rows = new SortedRows(counts);
  // Exact whenever the whole catalog's inverse (≈ products³ multiply-adds) takes a quarter of the budget, unless the
  // caller caps the neighbourhood below it. Measured: 400-product shops evaluated with 25–45 % less CPU, HR@3/HR@10
  // within ±0.1; on fruithut's 1,100 products (within the budget) the inverse saved nothing and moved HR@10 by −0.08.
  const whole =
    size >= targets.length - 1 ||
    (options.maxNeighbourhood === undefined && targets.length ** 3 <= budget / WHOLE_CATALOG_SHARE);
  if (whole && targets.length > 1) {
    const exact = wholeCatalogFits(counts, rows, Uint32Array.from(targets), lambdas);
    if (exact) return exact;
  }
  const popular = bestSellers(counts);
  const popularFirst = Math.round(size * (options.popularShare ?? DEFAULT_POPULAR_SHARE));
  const dense = new DenseBlock(rows, popular.subarray(0, options.denseBlock ?? DEFAULT_DENSE_BLOCK), n);
  const position = new Int32Array(n).fill(-1);
  const fits = lambdas.map(() => ({
    owners: new Array<Uint32Array>(n),
    solutions: new Array<Float64Array>(n),
    unsolved: 0,
  }));
  const gram = new Float64Array(size * size);
  const matrix = new Float64Array(size * size);
  const rhs = new Float64Array(size);
  const hood = new Uint32Array(size);
  for (const j of targets) {
    let m = 0;
    position[j] = -2;
    const take = (limit: number): void => {
      for (let at = 0; at < popular.length && m < limit; at++) {
        const p = popular[at]!;
        if (position[p] !== -1) continue;
        position[p] = m;
        hood[m++] = p;
      }
    };
    take(popularFirst);
    m = rows.topPartners(j, size, hood, m, position);
    // Room left (a small catalog, or few partners): more best-sellers, so a budget covering every product is exact.
    take(size);
    if (m === 0) {
      position[j] = -1;
      continue;
    }
    fillNormalEquations(rows, counts.itemCount, j, hood, m, position, dense, gram, rhs);
    for (let k = 0; k < m; k++) position[hood[k]!] = -1;
    position[j] = -1;
    lambdas.forEach((lambda, at) => {
      const fit = fits[at]!;
      matrix.set(gram.subarray(0, m * m));
      for (let k = 0; k < m; k++) matrix[k * m + k]! += lambda;
      const solution = choleskyInPlace(matrix, m) ? rhs.slice(0, m) : undefined;
      if (solution) choleskySolveInPlace(matrix, m, solution);
      if (!solution || !solution.every(Number.isFinite)) {
        fit.unsolved += 1;
        return;
      }
      fit.owners[j] = hood.slice(0, m);
      fit.solutions[j] = solution;
    });
  }
  return fits.map((fit) => ({
    ...transpose(n, fit.owners, fit.solutions),
    neighbourhood: size,
    unsolved: fit.unsolved,
  }));
}

/**
 * The fits when every neighbourhood is every other product (a menu, a small shop): then column j of B is EASE's closed
 * form, −P[k][j] / P[j][j] with P = (G + λI)⁻¹, one inverse of the catalog's size per λ in place of one solve of
 * nearly that size per product (a 248-product menu: ~1.5·10⁷ multiply-adds per λ instead of ~10⁹). The same weights
 * as the solves, up to rounding. Undefined when G + λI is not positive definite (pairs under the support floor read
 * as 0 can make it so): the per-product solves then find which products cannot be solved.
 */
function wholeCatalogFits(
  counts: CooccurrenceCounts,
  rows: SortedRows,
  targets: Uint32Array,
  lambdas: readonly number[],
): ItemWeights[] | undefined {
  const t = targets.length;
  const position = new Int32Array(counts.productCount).fill(-1);
  targets.forEach((product, at) => (position[product] = at));
  const gram = new Float64Array(t * t);
  const dense = new DenseBlock(rows, targets, counts.productCount);
  fillNormalEquations(
    rows,
    counts.itemCount,
    targets[0]!,
    targets,
    t,
    position,
    dense,
    gram,
    new Float64Array(t),
  );
  const fits: ItemWeights[] = [];
  for (const lambda of lambdas) {
    const matrix = gram.slice();
    for (let k = 0; k < t; k++) matrix[k * t + k]! += lambda;
    const p = spdInverse(matrix, t);
    if (!p) return undefined;
    const owners = new Array<Uint32Array>(counts.productCount);
    const solutions = new Array<Float64Array>(counts.productCount);
    for (let j = 0; j < t; j++) {
      const hood = new Uint32Array(t - 1);
      const solution = new Float64Array(t - 1);
      const pivot = p[j * t + j]!;
      for (let k = 0, m = 0; k < t; k++) {
        if (k === j) continue;
        hood[m] = targets[k]!;
        solution[m++] = -p[k * t + j]! / pivot;
      }
      if (!solution.every(Number.isFinite)) return undefined;
      owners[targets[j]!] = hood;
      solutions[targets[j]!] = solution;
    }
    fits.push({ ...transpose(counts.productCount, owners, solutions), neighbourhood: t - 1, unsolved: 0 });
  }
  return fits;
}

/** The largest neighbourhood m with products · m³ / 6 within the budget (at least 1, at most all others). */
export function neighbourhoodSize(products: number, budget: number, max: number): number {
  const affordable = Math.floor(Math.cbrt((6 * budget) / Math.max(1, products)));
  return Math.max(1, Math.min(max, products - 1, affordable));
}

/** Every product bought, most baskets first (ties on index). */
function bestSellers(counts: CooccurrenceCounts): Uint32Array {
  return Uint32Array.from(
    Array.from({ length: counts.productCount }, (_, b) => b)
      .filter((b) => counts.itemCount[b]! > 0)
      .sort((a, b) => counts.itemCount[b]! - counts.itemCount[a]! || a - b),
  );
}

/** Columns (target j: its regressors and their weights) to rows (cart product i: targets and weights). */
function transpose(
  n: number,
  owners: readonly (Uint32Array | undefined)[],
  weights: readonly (Float64Array | undefined)[],
): Pick<ItemWeights, 'productCount' | 'rowStart' | 'targets' | 'weights'> {
  const rowStart = new Uint32Array(n + 1);
  for (let j = 0; j < n; j++) for (const i of owners[j] ?? []) rowStart[i + 1]! += 1;
  for (let i = 0; i < n; i++) rowStart[i + 1]! += rowStart[i]!;
  const fill = rowStart.slice(0, n);
  const targets = new Uint32Array(rowStart[n]!);
  const values = new Float64Array(rowStart[n]!);
  for (let j = 0; j < n; j++) {
    const column = owners[j];
    const w = weights[j];
    if (!column || !w) continue;
    for (let k = 0; k < column.length; k++) {
      const at = fill[column[k]!]!++;
      targets[at] = j;
      values[at] = w[k]!;
    }
  }
  return { productCount: n, rowStart, targets, weights: values };
}
