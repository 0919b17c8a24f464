import type { JsonValue } from '../../domain/json.js';
import { ValidationError } from '../../errors.js';
import { isPlainJson, show } from './values.js';

export interface Issue {
  readonly path: string;
  readonly message: string;
}

/** Enough to fix the input without building a huge error for a million bad rows. */
const MAX_ISSUES = 50;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;
export const GID_TYPES = ['Product', 'ProductVariant', 'Order', 'Collection', 'Customer'] as const;
export type GidType = (typeof GID_TYPES)[number];
// Built once: the bulk paths check millions of ids.
const GID_PREFIXES = Object.fromEntries(GID_TYPES.map((type) => [type, `gid://shopify/${type}/`])) as Record<
  GidType,
  string
>;

/**
 * Collects every problem of one input, each named by its path (e.g. `orders[3].lines[0].quantity`), then
 * throws one ValidationError. Methods return the (normalised) value so validators build the clean object.
 */
export class Checker {
  private readonly found: Issue[] = [];
  private total = 0;

  constructor(private readonly subject: string) {}

  fail(path: string, message: string): void {
    this.total += 1;
    if (this.found.length < MAX_ISSUES) this.found.push({ path, message });
  }

  /** Throws the collected issues, if any. Call before anything is written. */
  done(): void {
    const [first] = this.found;
    if (first === undefined) return;
    const more = this.total > 1 ? ` (and ${this.total - 1} more problem${this.total > 2 ? 's' : ''})` : '';
    throw new ValidationError(`Invalid ${this.subject}: ${first.path} ${first.message}${more}`, this.found);
  }

  string(
    path: string,
    value: unknown,
    options: { readonly max?: number; readonly empty?: boolean } = {},
  ): string {
    const max = options.max ?? 1_000;
    if (typeof value !== 'string') {
      this.fail(path, `must be a string (got ${show(value)})`);
      return value as string;
    }
    const text = storableText(value);
    if (!options.empty && text.length === 0) this.fail(path, 'must not be empty');
    else if (text.length > max) this.fail(path, `must be at most ${max} characters`);
    return text;
  }

  nullableString(
    path: string,
    value: unknown,
    options: { readonly max?: number; readonly empty?: boolean } = {},
  ) {
    return value === null ? null : this.string(path, value, options);
  }

  matches(path: string, value: unknown, pattern: RegExp, description: string): string {
    if (typeof value !== 'string' || !pattern.test(value))
      this.fail(path, `must be ${description} (got ${show(value)})`);
    return value as string;
  }

  /** A Shopify global id of the given type, e.g. gid://shopify/Product/123. */
  gid(path: string, value: unknown, type: GidType): string {
    const prefix = GID_PREFIXES[type];
    if (
      typeof value !== 'string' ||
      !value.startsWith(prefix) ||
      value.length === prefix.length ||
      value.length > 255
    ) {
      this.fail(path, `must be a ${prefix}… id (got ${show(value)})`);
    }
    return value as string;
  }

  nullableGid(path: string, value: unknown, type: GidType): string | null {
    return value === null ? null : this.gid(path, value, type);
  }

  int(path: string, value: unknown, range: { readonly min?: number; readonly max?: number } = {}): number {
    const min = range.min ?? Number.MIN_SAFE_INTEGER;
    const max = range.max ?? Number.MAX_SAFE_INTEGER;
    if (!Number.isSafeInteger(value) || (value as number) < min || (value as number) > max) {
      const bounds = range.max === undefined ? `≥ ${min}` : `between ${min} and ${max}`;
      this.fail(
        path,
        `must be an integer ${range.min === undefined && range.max === undefined ? '' : bounds}`.trimEnd() +
          ` (got ${show(value)})`,
      );
    }
    return value as number;
  }

  nullableInt(path: string, value: unknown, range: { readonly min?: number; readonly max?: number } = {}) {
    return value === null ? null : this.int(path, value, range);
  }

  /** Money: a non-negative integer amount of minor units, never a float. */
  money(path: string, value: unknown): number {
    return this.int(path, value, { min: 0 });
  }

  number(path: string, value: unknown, range: { readonly min: number; readonly max: number }): number {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < range.min || value > range.max) {
      this.fail(path, `must be a number between ${range.min} and ${range.max} (got ${show(value)})`);
    }
    return value as number;
  }

  bool(path: string, value: unknown): boolean {
    if (typeof value !== 'boolean') this.fail(path, `must be true or false (got ${show(value)})`);
    return value as boolean;
  }

  oneOf<const T extends string>(path: string, value: unknown, allowed: readonly T[]): T {
    if (!allowed.includes(value as T))
      this.fail(path, `must be one of ${allowed.join(', ')} (got ${show(value)})`);
    return value as T;
  }

  /** An ISO-8601 timestamp with a zone, normalised to UTC `toISOString()` form so stored values sort as text. */
  timestamp(path: string, value: unknown): string {
    if (typeof value === 'string' && ISO_TIMESTAMP.test(value)) {
      const time = Date.parse(value);
      if (!Number.isNaN(time)) return new Date(time).toISOString();
    }
    this.fail(path, `must be an ISO-8601 timestamp with a time zone (got ${show(value)})`);
    return value as string;
  }

  nullableTimestamp(path: string, value: unknown): string | null {
    return value === null ? null : this.timestamp(path, value);
  }

  array<T>(
    path: string,
    value: unknown,
    each: (item: unknown, itemPath: string) => T,
    maxItems = 10_000,
  ): T[] {
    if (!Array.isArray(value)) {
      this.fail(path, `must be an array (got ${show(value)})`);
      return [];
    }
    if (value.length > maxItems) this.fail(path, `must have at most ${maxItems} items`);
    return value.map((item, index) => each(item, `${path}[${index}]`));
  }

  stringArray(path: string, value: unknown, maxItems = 1_000): string[] {
    return this.array(path, value, (item, itemPath) => this.string(itemPath, item, { max: 255 }), maxItems);
  }

  /** A value that round-trips through JSON unchanged (no undefined, functions, NaN, Dates, cycles). */
  json(path: string, value: unknown): JsonValue {
    let text: string | undefined;
    try {
      text = JSON.stringify(value);
    } catch {
      text = undefined;
    }
    if (text === undefined || !isPlainJson(value)) this.fail(path, 'must be plain JSON data');
    return value as JsonValue;
  }
}

// eslint-disable-next-line no-control-regex -- finding U+0000 is the point
const UNSTORABLE = /[\u0000\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as every backend can hold it, the same on each: Postgres text refuses U+0000 (so it is dropped), and a lone
 * UTF-16 surrogate has no UTF-8 form (SQLite and the Postgres driver would each replace it their own way), so it
 * becomes U+FFFD here. Shopify lets merchants and buyers put both into titles and line properties; every string a
 * store writes passes Checker.string, so this is the one place they are cleaned.
 */
export function storableText(value: string): string {
  if (!UNSTORABLE.test(value)) return value;
  return value.replaceAll('\u0000', '').replace(LONE_SURROGATE, '\uFFFD');
}
