/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
import type { SortedRows } from './sorted-rows.js';

/** A row outside the dense block this many times longer than the neighbourhood is searched instead of scanned. */
const SEARCH_RATIO = 8;

/**
 * Writes the lower triangle of G_NN into `matrix` (m × m, all Cholesky reads; each fit adds its own ridge) and
 * G_Nj into `rhs`, for the neighbourhood `hood[0..m)` whose members' `position` is their index there. Pairs of two
 * best-sellers come from the dense block; a pair with another product is read from that product's row, which is
 * short: it is scanned once and fills its pairs in both directions (G is symmetric). A long row outside the block
 * looks its pairs up. The target's own row gives the right-hand side.
 */
export function fillNormalEquations(
  rows: SortedRows,
  itemCount: Uint32Array,
  j: number,
  hood: Uint32Array,
  m: number,
  position: Int32Array,
  dense: DenseBlock,
  matrix: Float64Array,
  rhs: Float64Array,
): void {
  matrix.fill(0, 0, m * m);
  rhs.fill(0, 0, m);
  const longRow = m * SEARCH_RATIO;
  for (let k = 0; k < m; k++) {
    const a = hood[k]!;
    matrix[k * m + k] = itemCount[a]!;
    const inBlock = dense.rowOf(a);
    if (inBlock >= 0) {
      for (let l = 0; l < k; l++) {
        const other = dense.rowOf(hood[l]!);
        if (other >= 0) matrix[k * m + l] = dense.count(inBlock, other);
      }
    } else if (rows.length(a) > longRow) {
      for (let l = 0; l < m; l++)
        if (l !== k) matrix[l < k ? k * m + l : l * m + k] = rows.count(a, hood[l]!);
    } else {
      for (let at = rows.start(a); at < rows.end(a); at++) {
        const col = position[rows.partners[at]!]!;
        if (col >= 0) matrix[col < k ? k * m + col : col * m + k] = rows.counts[at]!;
      }
    }
  }
  for (let at = rows.start(j); at < rows.end(j); at++) {
    const col = position[rows.partners[at]!]!;
    if (col >= 0) rhs[col] = rows.counts[at]!;
  }
}

/**
 * The pair counts among the shop's best-sellers as one dense matrix: they sit in every neighbourhood and their
 * rows are the longest, so reading their pairs from rows (by search or scan) was most of a fit's time.
 */
export class DenseBlock {
  private readonly at: Int32Array;
  private readonly values: Uint32Array;
  private readonly size: number;

  constructor(rows: SortedRows, members: Uint32Array, productCount: number) {
    this.size = members.length;
    this.at = new Int32Array(productCount).fill(-1);
    members.forEach((product, index) => (this.at[product] = index));
    this.values = new Uint32Array(this.size * this.size);
    members.forEach((a, index) => {
      for (let at = rows.start(a); at < rows.end(a); at++) {
        const other = this.at[rows.partners[at]!]!;
        if (other >= 0) this.values[index * this.size + other] = rows.counts[at]!;
      }
    });
  }

  /** The product's index in the block, or −1. */
  rowOf(product: number): number {
    return this.at[product]!;
  }

  /** Baskets holding both products at these block indices. */
  count(row: number, col: number): number {
    return this.values[row * this.size + col]!;
  }
}
