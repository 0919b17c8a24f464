/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
import { NumberIndex, plainNumber } from './csv/number-index.js';
import { GrowableFloat64 } from './growable.js';

/**
 * Hands out dense indices 0, 1, 2… for external ids (product ids, GIDs) so the mining works on typed arrays.
 * Indices follow first appearance; `ranks` gives a stable id order for deterministic tie-breaking.
 * Plain numeric ids (the usual Shopify export) live in a typed hash and become strings only when asked for,
 * so 100,000 variants cost a few MB rather than a Map of strings.
 */
export class IdInterner {
  /** Numeric id → its index. */
  private readonly numbers = new NumberIndex();
  /** Per index: the numeric id, or NaN for a text id. */
  private readonly numeric = new GrowableFloat64();
  private readonly indexByText = new Map<string, number>();
  private readonly texts = new Map<number, string>();
  /** Strings of numeric ids, made on first request: list building asks for the same ids many times. */
  private readonly spelled: (string | undefined)[] = [];
  /** `ranks()` as last computed, for the ids then interned. */
  private ranked: Uint32Array | undefined;

  get size(): number {
    return this.numeric.length;
  }

  intern(id: string): number {
    return this.internKnown(id, plainNumber(id));
  }

  /**
   * `intern(id)` for a hot loop whose caller already read the id as a plain number (`numeric`; NaN when it is
   * not one). Same indices as `intern`.
   */
  internKnown(id: string, numeric: number): number {
    if (Number.isNaN(numeric)) {
      let index = this.indexByText.get(id);
      if (index === undefined) {
        index = this.numeric.length;
        this.indexByText.set(id, index);
        this.texts.set(index, id);
        this.numeric.push(Number.NaN);
      }
      return index;
    }
    const next = this.numeric.length;
    const index = this.numbers.add(numeric, next);
    if (index === next) this.numeric.push(numeric);
    return index;
  }

  /** The index of a numeric id already interned, else −1 (NaN: −1). */
  knownNumber(numeric: number): number {
    if (Number.isNaN(numeric)) return -1;
    return this.numbers.get(numeric);
  }

  indexOf(id: string): number | undefined {
    const numeric = plainNumber(id);
    const index = Number.isNaN(numeric) ? this.indexByText.get(id) : this.knownNumber(numeric);
    return index === undefined || index < 0 ? undefined : index;
  }

  id(index: number): string {
    const numeric = this.numeric.at(index);
    if (numeric === undefined) throw new RangeError(`IdInterner: no id at index ${index}`);
    return Number.isNaN(numeric) ? this.texts.get(index)! : (this.spelled[index] ??= String(numeric));
  }

  /**
   * rank[index] = position of the id in `compareIds` order; equal scores break ties on it. Sorting 50,000 ids takes
   * a quarter of a second and model selection asks once per candidate, so the order is kept until an id is added
   * (ids are only ever appended); each caller gets its own copy.
   */
  ranks(): Uint32Array {
    if (this.ranked?.length !== this.size) {
      const ids = Array.from({ length: this.size }, (_, index) => this.id(index));
      const order = ids.map((_, index) => index).sort((a, b) => compareIds(ids[a]!, ids[b]!));
      const rank = new Uint32Array(ids.length);
      order.forEach((index, position) => (rank[index] = position));
      this.ranked = rank;
    }
    return this.ranked.slice();
  }
}

const DIGITS = /^\d+$/;

/** Numeric ids in numeric order (so 9 < 10), then everything else by code unit; no locale, so stable everywhere. */
export function compareIds(a: string, b: string): number {
  const aNumeric = DIGITS.test(a);
  const bNumeric = DIGITS.test(b);
  if (aNumeric && bNumeric) {
    const x = a.replace(/^0+(?=\d)/, '');
    const y = b.replace(/^0+(?=\d)/, '');
    if (x.length !== y.length) return x.length - y.length;
  } else if (aNumeric !== bNumeric) {
    return aNumeric ? -1 : 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
