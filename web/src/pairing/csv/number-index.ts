/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
const EMPTY = -1;

/**
 * number → dense index (0, 1, 2… in insertion order), open addressing over typed arrays. For ids seen on
 * millions of lines: ids above 2^31 are heap numbers, which a Map or Set hashes slowly and stores large.
 */
export class NumberIndex {
  private keys = new Float64Array(1024);
  private slots = new Int32Array(1024).fill(EMPTY);
  size = 0;

  /** The value's index, or -1. */
  get(value: number): number {
    return this.slots[this.find(value)]!;
  }

  /** The value's index, adding it if new. */
  add(value: number): number {
    const slot = this.find(value);
    const found = this.slots[slot]!;
    if (found !== EMPTY) return found;
    this.keys[slot] = value;
    this.slots[slot] = this.size;
    if (++this.size * 2 > this.slots.length) this.grow();
    return this.size - 1;
  }

  private find(value: number): number {
    const mask = this.slots.length - 1;
    let slot = hash(value) & mask;
    while (this.slots[slot] !== EMPTY && this.keys[slot] !== value) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { keys, slots } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.slots = new Int32Array(slots.length * 2).fill(EMPTY);
    for (let old = 0; old < slots.length; old++) {
      if (slots[old] === EMPTY) continue;
      const slot = this.find(keys[old]!);
      this.keys[slot] = keys[old]!;
      this.slots[slot] = slots[old]!;
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
