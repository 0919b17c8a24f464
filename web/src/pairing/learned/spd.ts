/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
/**
 * Dense symmetric positive-definite algebra for the item-item ridge regressions (row-major n × n matrices in one
 * Float64Array). Gram matrices of baskets plus λ·I are SPD by construction; `undefined` answers a matrix that is
 * not (numerically) — callers fall back instead of publishing NaN weights.
 */

/** Smallest pivot accepted, relative to the largest diagonal entry: below it the system counts as singular. */
const PIVOT_FLOOR = 1e-12;

/**
 * Overwrites the lower triangle of `a` with its Cholesky factor L (a = L·Lᵀ); the upper triangle is left as it
 * was. False when a pivot is not positive (not SPD, or too ill-conditioned to trust).
 */
export function choleskyInPlace(a: Float64Array, n: number): boolean {
  let largest = 0;
  for (let i = 0; i < n; i++) largest = Math.max(largest, Math.abs(a[i * n + i]!));
  const floor = largest * PIVOT_FLOOR;
  const sums = new Float64Array(2);
  for (let j = 0; j < n; j++) {
    const rowJ = j * n;
    const pivot = a[rowJ + j]! - dot(a, rowJ, a, rowJ, j);
    if (!(pivot > floor)) return false;
    const root = Math.sqrt(pivot);
    a[rowJ + j] = root;
    // Two rows at a time share each load of row j; each row's sum runs in `dot`'s order, so L is bit for bit the
    // same as one row at a time.
    let i = j + 1;
    for (; i + 1 < n; i += 2) {
      const rowI = i * n;
      dot2(a, rowJ, a, rowI, rowI + n, j, sums);
      a[rowI + j] = (a[rowI + j]! - sums[0]!) / root;
      a[rowI + n + j] = (a[rowI + n + j]! - sums[1]!) / root;
    }
    if (i < n) a[i * n + j] = (a[i * n + j]! - dot(a, i * n, a, rowJ, j)) / root;
  }
  return true;
}

/** Solves L·Lᵀ·x = b in place (`b` becomes x), with L from `choleskyInPlace`. */
export function choleskySolveInPlace(l: Float64Array, n: number, b: Float64Array): void {
  for (let i = 0; i < n; i++) {
    let sum = b[i]!;
    const row = i * n;
    for (let k = 0; k < i; k++) sum -= l[row + k]! * b[k]!;
    b[i] = sum / l[row + i]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    let sum = b[i]!;
    for (let k = i + 1; k < n; k++) sum -= l[k * n + i]! * b[k]!;
    b[i] = sum / l[i * n + i]!;
  }
}

/**
 * The inverse of SPD `a` (consumed), full and symmetric, or undefined when `a` is not SPD. Cholesky, then L⁻¹ in
 * place, then A⁻¹ = L⁻ᵀ·L⁻¹: about n³/2 multiply-adds, half of Gauss–Jordan's.
 */
export function spdInverse(a: Float64Array, n: number): Float64Array | undefined {
  if (!choleskyInPlace(a, n)) return undefined;
  // M = L⁻¹ row by row: M[i] = (e_i − Σ_{k<i} L[i][k]·M[k]) / L[i][i], contiguous row updates (M is lower).
  // Rows k and k + 1 of M are subtracted in one pass, each entry still in order of k: the same sums, read and
  // written half as often.
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const rowI = i * n;
    let k = 0;
    for (; k + 1 < i; k += 2) {
      const factor = a[rowI + k]!;
      const next = a[rowI + k + 1]!;
      const rowK = k * n;
      const rowNext = rowK + n;
      if (factor === 0) {
        if (next !== 0) for (let j = 0; j <= k + 1; j++) m[rowI + j]! -= next * m[rowNext + j]!;
        continue;
      }
      if (next === 0) {
        for (let j = 0; j <= k; j++) m[rowI + j]! -= factor * m[rowK + j]!;
        continue;
      }
      for (let j = 0; j <= k; j++)
        m[rowI + j] = m[rowI + j]! - factor * m[rowK + j]! - next * m[rowNext + j]!;
      m[rowI + k + 1]! -= next * m[rowNext + k + 1]!;
    }
    if (k < i) {
      const factor = a[rowI + k]!;
      const rowK = k * n;
      if (factor !== 0) for (let j = 0; j <= k; j++) m[rowI + j]! -= factor * m[rowK + j]!;
    }
    m[rowI + i]! += 1;
    const root = a[rowI + i]!;
    for (let j = 0; j <= i; j++) m[rowI + j]! /= root;
  }
  // A⁻¹ = Mᵀ·M: (i, j) is Σ_{k ≥ max(i, j)} M[k][i]·M[k][j], a dot product of two rows of Mᵀ. Two entries of row
  // i at a time share its loads, each summed as `dot` sums it.
  const t = a;
  const sums = new Float64Array(2);
  for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) t[i * n + k] = k >= i ? m[k * n + i]! : 0;
  for (let i = 0; i < n; i++) {
    const rowI = i * n;
    const length = n - i;
    let j = 0;
    for (; j + 1 <= i; j += 2) {
      dot2(t, rowI + i, t, j * n + i, (j + 1) * n + i, length, sums);
      m[rowI + j] = sums[0]!;
      m[j * n + i] = sums[0]!;
      m[rowI + j + 1] = sums[1]!;
      m[(j + 1) * n + i] = sums[1]!;
    }
    for (; j <= i; j++) {
      const sum = dot(t, rowI + i, t, j * n + i, length);
      m[rowI + j] = sum;
      m[j * n + i] = sum;
    }
  }
  return m;
}

/**
 * Σ x[xAt + k]·y[yAt + k] for k < length. Four running sums break the chain of dependent additions: the dense
 * solves spend nearly all their time here, and this runs them about three times faster than one sum.
 */
export function dot(x: Float64Array, xAt: number, y: Float64Array, yAt: number, length: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let k = 0;
  for (; k + 3 < length; k += 4) {
    s0 += x[xAt + k]! * y[yAt + k]!;
    s1 += x[xAt + k + 1]! * y[yAt + k + 1]!;
    s2 += x[xAt + k + 2]! * y[yAt + k + 2]!;
    s3 += x[xAt + k + 3]! * y[yAt + k + 3]!;
  }
  for (; k < length; k++) s0 += x[xAt + k]! * y[yAt + k]!;
  return s0 + s1 + (s2 + s3);
}

/**
 * `dot(x, xAt, y, yAt, length)` and `dot(x, xAt, y, zAt, length)` at once into `out[0]` and `out[1]`, each summed
 * exactly as `dot` sums it (x·y and y·x are the same double): the shared operand is loaded once for both.
 */
function dot2(
  x: Float64Array,
  xAt: number,
  y: Float64Array,
  yAt: number,
  zAt: number,
  length: number,
  out: Float64Array,
): void {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let t0 = 0;
  let t1 = 0;
  let t2 = 0;
  let t3 = 0;
  let k = 0;
  for (; k + 3 < length; k += 4) {
    const x0 = x[xAt + k]!;
    const x1 = x[xAt + k + 1]!;
    const x2 = x[xAt + k + 2]!;
    const x3 = x[xAt + k + 3]!;
    s0 += x0 * y[yAt + k]!;
    s1 += x1 * y[yAt + k + 1]!;
    s2 += x2 * y[yAt + k + 2]!;
    s3 += x3 * y[yAt + k + 3]!;
    t0 += x0 * y[zAt + k]!;
    t1 += x1 * y[zAt + k + 1]!;
    t2 += x2 * y[zAt + k + 2]!;
    t3 += x3 * y[zAt + k + 3]!;
  }
  for (; k < length; k++) {
    s0 += x[xAt + k]! * y[yAt + k]!;
    t0 += x[xAt + k]! * y[zAt + k]!;
  }
  out[0] = s0 + s1 + (s2 + s3);
  out[1] = t0 + t1 + (t2 + t3);
}
