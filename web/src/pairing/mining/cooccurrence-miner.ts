/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
import { PairTable } from './pair-table.js';
import type { CooccurrenceCounts, MinerOptions } from './types.js';

export const DEFAULT_MINER_OPTIONS = { minPairCount: 2, maxBasketSize: 100, maxPairSlots: 1 << 23 } as const;

/**
 * Streams baskets into pair counts. Feed each order's distinct product indices with `addBasket` (duplicates are
 * ignored), then call `finish` once. Memory is the pair table (bounded by `maxPairSlots`) plus a few numbers
 * per product; nothing is kept per basket.
 */
export class CooccurrenceMiner {
  private readonly options: Required<MinerOptions>;
  private readonly table: PairTable;
  private itemCount = new Uint32Array(1024);
  private itemMass = new Float64Array(1024);
  private partnerMass = new Float64Array(1024);
  private recentItemMass = new Float64Array(1024);
  private scratch = new Uint32Array(64);
  private productCount = 0;
  private basketCount = 0;
  private multiBasketCount = 0;
  private finished = false;

  constructor(options: MinerOptions = {}) {
    this.options = { ...DEFAULT_MINER_OPTIONS, ...options };
    this.table = new PairTable(this.options.maxPairSlots, this.options.minPairCount);
  }

  /**
   * Adds one basket; `weight` (default 1) scales its masses, e.g. for time decay, and `recentWeight` its share of
   * the recent item masses (a faster decay, for the trend).
   */
  addBasket(productIndices: ArrayLike<number>, weight = 1, recentWeight = weight): void {
    if (this.finished) throw new Error('CooccurrenceMiner: addBasket after finish');
    const size = this.sortedDistinct(productIndices);
    if (size === 0) return;
    const items = this.scratch;
    this.ensureProducts(items[size - 1]! + 1);
    this.basketCount += 1;
    for (let i = 0; i < size; i++) {
      this.itemCount[items[i]!]! += 1;
      this.itemMass[items[i]!]! += weight;
      this.recentItemMass[items[i]!]! += recentWeight;
    }
    if (size < 2 || size > this.options.maxBasketSize) return;
    this.multiBasketCount += 1;
    const share = weight / (size - 1);
    for (let i = 0; i < size; i++) {
      const a = items[i]!;
      this.partnerMass[a]! += weight;
      for (let j = i + 1; j < size; j++) this.table.add(a, items[j]!, share);
    }
  }

  /** Multiplies every mass so far (but the recent ones) by `factor`; lets a time-decay clock re-base its weights. */
  scaleMasses(factor: number): void {
    this.table.scaleMasses(factor);
    for (let a = 0; a < this.productCount; a++) {
      this.itemMass[a]! *= factor;
      this.partnerMass[a]! *= factor;
    }
  }

  /** Multiplies the recent item masses so far by `factor`, for the trend's own decay clock. */
  scaleRecentMasses(factor: number): void {
    for (let a = 0; a < this.productCount; a++) this.recentItemMass[a]! *= factor;
  }

  /** Builds the sparse rows, keeping pairs at or above the support floor. The miner cannot be used after. */
  finish(productCount = this.productCount): CooccurrenceCounts {
    this.finished = true;
    const n = Math.max(productCount, this.productCount);
    this.ensureProducts(n);
    const floor = this.options.minPairCount;
    const rowStart = new Uint32Array(n + 1);
    let kept = 0;
    this.table.forEach((a, b, count) => {
      if (count < floor) return;
      rowStart[a + 1]! += 1;
      rowStart[b + 1]! += 1;
      kept += 1;
    });
    for (let a = 0; a < n; a++) rowStart[a + 1]! += rowStart[a]!;
    const partners = new Uint32Array(kept * 2);
    const pairCounts = new Uint32Array(kept * 2);
    const pairMasses = new Float32Array(kept * 2);
    const cursor = rowStart.slice(0, n);
    const place = (row: number, partner: number, count: number, mass: number): void => {
      const at = cursor[row]!++;
      partners[at] = partner;
      pairCounts[at] = count;
      pairMasses[at] = mass;
    };
    this.table.forEach((a, b, count, mass) => {
      if (count < floor) return;
      place(a, b, count, mass);
      place(b, a, count, mass);
    });
    return {
      productCount: n,
      basketCount: this.basketCount,
      multiBasketCount: this.multiBasketCount,
      itemCount: this.itemCount.slice(0, n),
      itemMass: this.itemMass.slice(0, n),
      partnerMass: this.partnerMass.slice(0, n),
      recentItemMass: this.recentItemMass.slice(0, n),
      rowStart,
      partners,
      pairCounts,
      pairMasses,
      pairsKept: kept,
      pairsSeen: this.table.size + this.table.prunedPairs,
      prunePasses: this.table.prunePasses,
      prunedPairs: this.table.prunedPairs,
    };
  }

  /** Copies the basket into the scratch buffer sorted and without duplicates; returns its length. */
  private sortedDistinct(productIndices: ArrayLike<number>): number {
    const length = productIndices.length;
    if (this.scratch.length < length) this.scratch = new Uint32Array(length * 2);
    const items = this.scratch;
    for (let i = 0; i < length; i++) {
      const index = productIndices[i]!;
      if (!Number.isInteger(index) || index < 0)
        throw new RangeError(`CooccurrenceMiner: bad product index ${index}`);
      items[i] = index;
    }
    // Baskets are small: insertion sort beats a native sort call on a fresh view.
    if (length > 32) items.subarray(0, length).sort();
    else
      for (let i = 1; i < length; i++) {
        const value = items[i]!;
        let at = i - 1;
        while (at >= 0 && items[at]! > value) {
          items[at + 1] = items[at]!;
          at -= 1;
        }
        items[at + 1] = value;
      }
    let size = 0;
    for (let i = 0; i < length; i++)
      if (size === 0 || items[i] !== items[size - 1]) items[size++] = items[i]!;
    return size;
  }

  private ensureProducts(count: number): void {
    if (count > this.productCount) this.productCount = count;
    if (count <= this.itemCount.length) return;
    let capacity = this.itemCount.length;
    while (capacity < count) capacity *= 2;
    this.itemCount = grow(this.itemCount, new Uint32Array(capacity));
    this.itemMass = grow(this.itemMass, new Float64Array(capacity));
    this.partnerMass = grow(this.partnerMass, new Float64Array(capacity));
    this.recentItemMass = grow(this.recentItemMass, new Float64Array(capacity));
  }
}

function grow<T extends Uint32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
