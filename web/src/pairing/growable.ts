/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
type NumericArray = Uint32Array | Float64Array;

/** Append-only typed array that doubles as it fills; `view()` is the filled part (no copy). */
class Growable<A extends NumericArray> {
  protected data: A;
  length = 0;

  constructor(
    private readonly allocate: (capacity: number) => A,
    capacity: number,
  ) {
    this.data = allocate(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.allocate(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  /** Element `index` (undefined past the end), without making a view. */
  at(index: number): number | undefined {
    return index >= 0 && index < this.length ? this.data[index] : undefined;
  }

  view(): A {
    return this.data.subarray(0, this.length) as A;
  }
}

export class GrowableUint32 extends Growable<Uint32Array> {
  constructor(capacity = 1024) {
    super((size) => new Uint32Array(size), capacity);
  }

  /** Adds to an existing element. */
  increment(index: number, by: number): void {
    if (index >= this.length) throw new RangeError(`GrowableUint32: no element ${index}`);
    this.data[index]! += by;
  }
}

export class GrowableFloat64 extends Growable<Float64Array> {
  constructor(capacity = 1024) {
    super((size) => new Float64Array(size), capacity);
  }
}
