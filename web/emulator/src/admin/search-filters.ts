/**
 * Evaluating parsed search terms against one resource. Each resource declares its searchable fields as
 * typed accessors; dates compare as instants (a date without time means that whole UTC day — Shopify uses the
 * shop's time zone, which the emulator does not model), ids as numbers, strings case-insensitively.
 */
import { parseSearchQuery, type SearchTerm } from './search-query.js';
import type { AdminContext } from './context.js';

export type SearchField<T> =
  | { readonly kind: 'date'; readonly get: (item: T) => string | null }
  | { readonly kind: 'number'; readonly get: (item: T) => number }
  | { readonly kind: 'text'; readonly get: (item: T) => string | readonly string[] | null };

export interface SearchSpec<T> {
  readonly fields: Readonly<Record<string, SearchField<T>>>;
  /** What bare words match (e.g. product title and SKUs). */
  readonly defaultText: (item: T) => string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

function compareOrdered(
  actual: number,
  comparator: SearchTerm['comparator'],
  expected: number,
  span = 0,
): boolean {
  switch (comparator) {
    case '>':
      return actual >= expected + span;
    case '>=':
      return actual >= expected;
    case '<':
      return actual < expected;
    case '<=':
      return actual < expected + Math.max(span, 1);
    default:
      return span > 0 ? actual >= expected && actual < expected + span : actual === expected;
  }
}

function matchText(actual: string | readonly string[] | null, term: SearchTerm): boolean {
  const values = actual === null ? [] : typeof actual === 'string' ? [actual] : actual;
  const wanted = term.value.toLowerCase().split(',').filter(Boolean);
  return values.some((value) => {
    const lower = value.toLowerCase();
    return wanted.some((w) => (w.endsWith('*') ? lower.startsWith(w.slice(0, -1)) : lower === w));
  });
}

function matchTerm<T>(item: T, term: SearchTerm, spec: SearchSpec<T>): boolean {
  if (term.field === null) return spec.defaultText(item).toLowerCase().includes(term.value.toLowerCase());
  const field = spec.fields[term.field];
  if (!field) return true; // reported as a warning, ignored like Shopify does
  if (field.kind === 'text') return matchText(field.get(item), term);
  if (field.kind === 'number') return compareOrdered(field.get(item), term.comparator, Number(term.value));
  const actual = field.get(item);
  const expected = Date.parse(term.value);
  if (actual === null || Number.isNaN(expected)) return false;
  return compareOrdered(
    Date.parse(actual),
    term.comparator,
    expected,
    DATE_ONLY.test(term.value) ? DAY_MS : 0,
  );
}

/**
 * Filter `items` by a `query:` argument. Unknown fields and malformed values are reported on the context
 * (they appear in `extensions.search`) and otherwise ignored.
 */
export function applySearch<T>(
  items: readonly T[],
  query: unknown,
  spec: SearchSpec<T>,
  ctx: AdminContext,
  path: readonly (string | number)[],
): readonly T[] {
  if (typeof query !== 'string' || query.trim() === '') return items;
  const groups = parseSearchQuery(query);
  const warnings: { field: string; message: string }[] = [];
  for (const term of groups.flat()) {
    const field = term.field === null ? undefined : spec.fields[term.field];
    if (term.field !== null && !field)
      warnings.push({ field: term.field, message: 'Invalid search field for this query.' });
    else if (field?.kind === 'number' && !/^\d+$/.test(term.value)) {
      warnings.push({
        field: term.field ?? '',
        message: `Expected field to be a positive integer, received \`${term.value}\`.`,
      });
    } else if (field?.kind === 'date' && Number.isNaN(Date.parse(term.value))) {
      warnings.push({ field: term.field ?? '', message: `Invalid date: \`${term.value}\`.` });
    }
  }
  if (warnings.length > 0) ctx.searchWarnings.push({ path, query, warnings });
  return items.filter((item) =>
    groups.some((group) => group.every((term) => matchTerm(item, term, spec) !== term.negated)),
  );
}
