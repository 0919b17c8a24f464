/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
import type { CooccurrenceCounts } from '../mining/types.js';

/** Counts are packed below the partner index in one float64 key: 2^26 baskets (67M) is far beyond any shop. */
const COUNT_BITS = 2 ** 26;

/**
 * The mined rows re-ordered for the learned model: each row by partner index (to look a pair up by binary
 * search) and, beside it, its partners by count (to take a product's top partners without sorting again).
 * Rows are sorted with native typed-array sorts on packed keys.
 */
export class SortedRows {
  readonly partners: Uint32Array;
  readonly counts: Uint32Array;
  private readonly byCount: Uint32Array;
  private readonly rowStart: Uint32Array;

  constructor(counts: CooccurrenceCounts) {
    const { rowStart } = counts;
    const size = rowStart[counts.productCount]!;
    this.rowStart = rowStart;
    this.partners = new Uint32Array(size);
    this.counts = new Uint32Array(size);
    this.byCount = new Uint32Array(size);
    let keys = new Float64Array(0);
    for (let a = 0; a < counts.productCount; a++) {
      const from = rowStart[a]!;
      const length = rowStart[a + 1]! - from;
      if (keys.length < length) keys = new Float64Array(length * 2);
      const row = keys.subarray(0, length);
      for (let k = 0; k < length; k++)
        row[k] =
          counts.partners[from + k]! * COUNT_BITS + Math.min(counts.pairCounts[from + k]!, COUNT_BITS - 1);
      row.sort();
      for (let k = 0; k < length; k++) {
        this.partners[from + k] = Math.floor(row[k]! / COUNT_BITS);
        this.counts[from + k] = row[k]! % COUNT_BITS;
      }
      // Most bought first, ties on the lower index: sort (count, −index) ascending and read it backwards.
      for (let k = 0; k < length; k++) row[k] = this.counts[from + k]! * length + (length - 1 - k);
      row.sort();
      for (let k = 0; k < length; k++)
        this.byCount[from + k] = from + (length - 1 - (row[length - 1 - k]! % length));
    }
  }

  start(a: number): number {
    return this.rowStart[a]!;
  }

  end(a: number): number {
    return this.rowStart[a + 1]!;
  }

  length(a: number): number {
    return this.rowStart[a + 1]! - this.rowStart[a]!;
  }

  /** Baskets holding both a and b (0 when the pair was not kept). */
  count(a: number, b: number): number {
    let low = this.rowStart[a]!;
    let high = this.rowStart[a + 1]! - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const partner = this.partners[mid]!;
      if (partner === b) return this.counts[mid]!;
      if (partner < b) low = mid + 1;
      else high = mid - 1;
    }
    return 0;
  }

  /**
   * Fills `out` from index `from` up to `size` with j's most co-purchased partners whose `position` is −1 (not yet
   * taken), marking each with its index there; returns the new fill level.
   */
  topPartners(j: number, size: number, out: Uint32Array, from: number, position: Int32Array): number {
    let m = from;
    for (let at = this.rowStart[j]!; at < this.rowStart[j + 1]! && m < size; at++) {
      const partner = this.partners[this.byCount[at]!]!;
      if (position[partner] !== -1) continue;
      position[partner] = m;
      out[m++] = partner;
    }
    return m;
  }
}
