/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
/**
 * number → non-negative integer, open addressing over one typed array of [key, value + 1] slots (value word 0:
 * empty, so a fresh array needs no fill, and a lookup touches one cache line). For ids seen on millions of
 * lines: ids above 2^31 are heap numbers, which a Map or Set hashes slowly and stores large.
 */
export class NumberIndex {
  private slots = new Float64Array(2 * 1024);
  size = 0;

  /** The key's value, or -1. */
  get(key: number): number {
    return this.slots[this.find(key) + 1]! - 1;
  }

  /** The key's value; a new key gets `value`. */
  add(key: number, value: number): number {
    const at = this.find(key);
    const found = this.slots[at + 1]!;
    if (found !== 0) return found - 1;
    this.slots[at] = key;
    this.slots[at + 1] = value + 1;
    if (++this.size * 4 > this.slots.length) this.grow();
    return value;
  }

  /** Position of the key's slot, or of the empty slot where it would go. */
  private find(key: number): number {
    const { slots } = this;
    const mask = slots.length / 2 - 1;
    let slot = hash(key) & mask;
    while (slots[2 * slot + 1] !== 0 && slots[2 * slot] !== key) slot = (slot + 1) & mask;
    return 2 * slot;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Float64Array(old.length * 2);
    for (let at = 0; at < old.length; at += 2) {
      if (old[at + 1] === 0) continue;
      const to = this.find(old[at]!);
      this.slots[to] = old[at]!;
      this.slots[to + 1] = old[at + 1]!;
    }
  }
}

function hash(value: number): number {
  const high = Math.floor(value / 4_294_967_296);
  const h = Math.imul((value - high * 4_294_967_296) ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
  return (h ^ (h >>> 15)) >>> 0;
}

/** The id as a number when it is plain digits without a leading zero ("0" aside), up to 15 digits; else NaN. */
export function plainNumber(id: string): number {
  if (id.length === 0 || id.length > 15 || (id.charCodeAt(0) === 48 && id.length > 1)) return Number.NaN;
  let value = 0;
  for (let at = 0; at < id.length; at++) {
    const digit = id.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}
