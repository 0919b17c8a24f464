/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
/** Below this many products, keys fit 16 bits (12 bytes a slot instead of 16); the table widens when needed. */
export const NARROW_LIMIT = 0xffff;
const MAX_LOAD = 0.7;

type Keys = Uint16Array | Uint32Array;

/** One shard of a `PairTable`: linear probing over parallel typed arrays, doubling up to its slot budget. */
export class PairShard {
  private keysA: Keys;
  private keysB: Keys;
  /** The empty-slot marker: the largest key value (products stay below it). */
  private empty = NARROW_LIMIT;
  private counts: Uint32Array;
  private masses: Float32Array;
  private mask: number;
  private used = 0;
  /** Prune passes run because the slot budget was reached. */
  prunePasses = 0;
  /** Pairs dropped by those passes. */
  prunedPairs = 0;

  constructor(
    private readonly maxSlots: number,
    private readonly pruneBelow: number,
    initialSlots = 1 << 16,
  ) {
    const slots = Math.min(nextPowerOfTwo(initialSlots), nextPowerOfTwo(maxSlots));
    this.keysA = new Uint16Array(slots).fill(this.empty);
    this.keysB = new Uint16Array(slots);
    this.counts = new Uint32Array(slots);
    this.masses = new Float32Array(slots);
    this.mask = slots - 1;
  }

  get size(): number {
    return this.used;
  }

  private get slots(): number {
    return this.mask + 1;
  }

  /** Switches to 32-bit keys, keeping every pair. */
  widen(): void {
    this.empty = 0xffffffff;
    this.rehash(this.slots, 0, NARROW_LIMIT);
  }

  add(a: number, b: number, mass: number, hash: number): void {
    const keysA = this.keysA;
    const empty = this.empty;
    let slot = hash & this.mask;
    for (;;) {
      const key = keysA[slot]!;
      if (key === empty) break;
      if (key === a && this.keysB[slot] === b) {
        this.counts[slot]! += 1;
        this.masses[slot]! += mass;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    keysA[slot] = a;
    this.keysB[slot] = b;
    this.counts[slot] = 1;
    this.masses[slot] = mass;
    this.used += 1;
    if (this.used > this.slots * MAX_LOAD) this.makeRoom();
  }

  forEach(visit: (a: number, b: number, count: number, mass: number) => void): void {
    const { keysA, keysB, counts, masses } = this;
    for (let slot = 0; slot < keysA.length; slot++) {
      const a = keysA[slot]!;
      if (a !== this.empty) visit(a, keysB[slot]!, counts[slot]!, masses[slot]!);
    }
  }

  scaleMasses(factor: number): void {
    const masses = this.masses;
    for (let slot = 0; slot < masses.length; slot++) masses[slot]! *= factor;
  }

  private makeRoom(): void {
    if (this.slots * 2 <= this.maxSlots) {
      this.rehash(this.slots * 2, 0);
      return;
    }
    // At the budget: drop rare pairs, raising the bar until at most half the slots are used.
    let floor = this.pruneBelow;
    do {
      const before = this.used;
      this.rehash(this.slots, floor);
      this.prunedPairs += before - this.used;
      this.prunePasses += 1;
      floor += 1;
    } while (this.used > this.slots / 2);
  }

  private rehash(slots: number, dropBelow: number, oldEmpty = this.empty): void {
    const { keysA, keysB, counts, masses } = this;
    const Keys = this.empty === NARROW_LIMIT ? Uint16Array : Uint32Array;
    this.keysA = new Keys(slots).fill(this.empty);
    this.keysB = new Keys(slots);
    this.counts = new Uint32Array(slots);
    this.masses = new Float32Array(slots);
    this.mask = slots - 1;
    this.used = 0;
    for (let old = 0; old < keysA.length; old++) {
      const a = keysA[old]!;
      if (a === oldEmpty || counts[old]! < dropBelow) continue;
      const b = keysB[old]!;
      let slot = hashPair(a, b) & this.mask;
      while (this.keysA[slot] !== this.empty) slot = (slot + 1) & this.mask;
      this.keysA[slot] = a;
      this.keysB[slot] = b;
      this.counts[slot] = counts[old]!;
      this.masses[slot] = masses[old]!;
      this.used += 1;
    }
  }
}

export function hashPair(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}

function nextPowerOfTwo(value: number): number {
  let power = 1;
  while (power < value) power *= 2;
  return power;
}
