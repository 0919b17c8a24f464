/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
/** Below this many products, a pair's key fits one 32-bit word (12 bytes a slot instead of 16); widens when needed. */
export const NARROW_LIMIT = 0xffff;
/**
 * Linear probing stays short at this load because a slot's words sit together: neighbouring slots share a cache
 * line, so a probe sequence costs about one memory access. (Doubling keeps the load between half this and this.)
 */
const MAX_LOAD = 0.8;
/** A zeroed word is an empty slot: a narrow key is never 0 (a < b), a wide one stores a + 1. */
const EMPTY = 0;
const NARROW_STRIDE = 3;
const WIDE_STRIDE = 4;

/**
 * One shard of a `PairTable`: linear probing over one interleaved word array, doubling up to its slot budget.
 * A slot is [key, count, mass] while products fit 16 bits (key = a · 2^16 + b), else [a + 1, b, count, mass].
 * Counts are 32-bit words; masses are float32 read through a second view of the same buffer. One array instead of
 * one per field: an insert touches one cache line, not four.
 */
export class PairShard {
  private stride = NARROW_STRIDE;
  private words: Uint32Array;
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
    this.words = new Uint32Array(slots * this.stride);
    this.masses = new Float32Array(this.words.buffer);
    this.mask = slots - 1;
  }

  get size(): number {
    return this.used;
  }

  private get slots(): number {
    return this.mask + 1;
  }

  /** Switches to two-word keys, keeping every pair. */
  widen(): void {
    this.rebuild(this.slots, 0, WIDE_STRIDE);
  }

  add(a: number, b: number, mass: number, hash: number): void {
    const { words, stride } = this;
    const key = slotKey(a, b, stride);
    let slot = hash & this.mask;
    for (;;) {
      const at = slot * stride;
      const found = words[at]!;
      if (found === EMPTY) {
        writeSlot(words, this.masses, stride, at, a, b, 1, mass);
        this.used += 1;
        if (this.used > this.slots * MAX_LOAD) this.makeRoom();
        return;
      }
      if (found === key && (stride === NARROW_STRIDE || words[at + 1] === b)) {
        words[at + stride - 2]! += 1;
        this.masses[at + stride - 1]! += mass;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  forEach(visit: (a: number, b: number, count: number, mass: number) => void): void {
    const { words, masses, stride } = this;
    for (let at = 0; at < words.length; at += stride) {
      const key = words[at]!;
      if (key === EMPTY) continue;
      const count = words[at + stride - 2]!;
      const mass = masses[at + stride - 1]!;
      if (stride === NARROW_STRIDE) visit(key >>> 16, key & 0xffff, count, mass);
      else visit(key - 1, words[at + 1]!, count, mass);
    }
  }

  scaleMasses(factor: number): void {
    const { masses, stride } = this;
    for (let at = stride - 1; at < masses.length; at += stride) masses[at]! *= factor;
  }

  private makeRoom(): void {
    if (this.slots * 2 <= this.maxSlots) {
      this.rebuild(this.slots * 2, 0, this.stride);
      return;
    }
    // At the budget: drop rare pairs, raising the bar until at most half the slots are used.
    let floor = this.pruneBelow;
    do {
      const before = this.used;
      this.rebuild(this.slots, floor, this.stride);
      this.prunedPairs += before - this.used;
      this.prunePasses += 1;
      floor += 1;
    } while (this.used > this.slots / 2);
  }

  /** Re-lays the pairs (those counted at least `dropBelow` times) over `slots` fresh slots of `stride` words. */
  private rebuild(slots: number, dropBelow: number, stride: number): void {
    const words = new Uint32Array(slots * stride);
    const masses = new Float32Array(words.buffer);
    const mask = slots - 1;
    let used = 0;
    this.forEach((a, b, count, mass) => {
      if (count < dropBelow) return;
      let at = (hashPair(a, b) & mask) * stride;
      while (words[at] !== EMPTY) at = at + stride === words.length ? 0 : at + stride;
      writeSlot(words, masses, stride, at, a, b, count, mass);
      used += 1;
    });
    this.words = words;
    this.masses = masses;
    this.stride = stride;
    this.mask = mask;
    this.used = used;
  }
}

/** The slot's first word for pair (a, b): never EMPTY. */
function slotKey(a: number, b: number, stride: number): number {
  return stride === NARROW_STRIDE ? a * 0x10000 + b : a + 1;
}

function writeSlot(
  words: Uint32Array,
  masses: Float32Array,
  stride: number,
  at: number,
  a: number,
  b: number,
  count: number,
  mass: number,
): void {
  words[at] = slotKey(a, b, stride);
  if (stride === WIDE_STRIDE) words[at + 1] = b;
  words[at + stride - 2] = count;
  masses[at + stride - 1] = mass;
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
