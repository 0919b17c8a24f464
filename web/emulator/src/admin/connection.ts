/**
 * Relay connections over in-memory lists, with Shopify's rules:
 * - keyset cursors (opaque base64 of `{last_id, last_value}`, the shape Shopify's own cursors decode to), so
 *   a page boundary survives inserts and updates;
 * - "Shopify limits pagination of arrays of objects to 25,000 objects" (https://shopify.dev/docs/api/usage/limits,
 *   "Pagination limits"): a page may end at the 25,000th object, asking for anything past it is an error.
 * Bulk operations page through everything (no page size, no cap), as Shopify's bulk queries do.
 */
import { shopifyError } from '../engine/graphql-errors.js';
import { numericId } from '../state/gid.js';

export const PAGINATION_LIMIT = 25_000;

export type SortValue = string | number;

export interface ConnectionArgs {
  readonly first?: unknown;
  readonly last?: unknown;
  readonly after?: unknown;
  readonly before?: unknown;
  readonly reverse?: unknown;
}

export interface Connection<T> {
  readonly edges: readonly { readonly cursor: string; readonly node: T }[];
  readonly nodes: readonly T[];
  readonly pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

interface CursorKey {
  readonly id: number;
  readonly value: SortValue;
}

const encode = (key: CursorKey): string =>
  Buffer.from(JSON.stringify({ last_id: key.id, last_value: key.value })).toString('base64');

function decode(cursor: unknown): CursorKey {
  try {
    const parsed = JSON.parse(Buffer.from(String(cursor), 'base64').toString('utf8')) as {
      last_id?: unknown;
      last_value?: unknown;
    };
    if (
      typeof parsed.last_id === 'number' &&
      (typeof parsed.last_value === 'string' || typeof parsed.last_value === 'number')
    ) {
      return { id: parsed.last_id, value: parsed.last_value };
    }
  } catch {
    // fall through to the error below
  }
  throw shopifyError(`Invalid cursor for pagination: ${String(cursor)}`, 'BAD_REQUEST');
}

function compare(a: CursorKey, b: CursorKey): number {
  if (a.value !== b.value) return a.value < b.value ? -1 : 1;
  return a.id - b.id;
}

interface Keyed<T> {
  readonly item: T;
  readonly key: CursorKey;
}

/** Index of the first entry whose key is past `cursor` in the walk direction (entries are in that order). */
function firstAfter<T>(
  entries: readonly T[],
  keyOf: (entry: T) => CursorKey,
  cursor: CursorKey,
  direction: number,
  inclusive: boolean,
): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const order = direction * compare(keyOf(entries[mid] as T), cursor);
    if (order < 0 || (!inclusive && order === 0)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Sort `items` by `sortValue` then id (ascending, or descending with `reverse`) and cut one page.
 * `sortValue` null means the items already are in ascending id order (Shopify's default `sortKey: ID`),
 * which lets large lists skip the sort.
 */
export function paginate<T extends { readonly id: string }>(
  items: readonly T[],
  args: ConnectionArgs,
  sortValue: ((item: T) => SortValue) | null,
  options: { readonly bulk: boolean },
): Connection<T> {
  const direction = args.reverse === true ? -1 : 1;
  let entries: readonly Keyed<T>[] | readonly T[];
  let keyOf: (entry: Keyed<T> | T) => CursorKey;
  if (sortValue === null) {
    entries = direction === 1 ? items : [...items].reverse();
    keyOf = (entry) => {
      const id = numericId((entry as T).id);
      return { id, value: id };
    };
  } else {
    const keyed = items.map((item) => ({ item, key: { id: numericId(item.id), value: sortValue(item) } }));
    keyed.sort((a, b) => direction * compare(a.key, b.key));
    entries = keyed;
    keyOf = (entry) => (entry as Keyed<T>).key;
  }
  const list = entries as readonly (Keyed<T> | T)[];
  const start0 = args.after != null ? firstAfter(list, keyOf, decode(args.after), direction, false) : 0;
  let end =
    args.before != null
      ? Math.max(start0, firstAfter(list, keyOf, decode(args.before), direction, true))
      : list.length;
  let start = start0;
  if (!options.bulk) {
    if (typeof args.first === 'number') end = Math.min(end, start + args.first);
    else if (typeof args.last === 'number') start = Math.max(start, end - args.last);
    if (start >= PAGINATION_LIMIT && end > start) {
      throw shopifyError(
        `Pagination is limited to ${PAGINATION_LIMIT} objects; narrow the query with filters or use a bulk operation.`,
        'BAD_REQUEST',
      );
    }
    end = Math.min(end, PAGINATION_LIMIT);
  }
  const page = list.slice(start, end);
  const itemOf = (entry: Keyed<T> | T): T => (sortValue === null ? (entry as T) : (entry as Keyed<T>).item);
  // Cursors are encoded only when read: bulk operations page through everything and never ask for them.
  const edges = page.map((entry) => ({
    node: itemOf(entry),
    get cursor(): string {
      return encode(keyOf(entry));
    },
  }));
  const first = page[0];
  const last = page.at(-1);
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: end < list.length,
      hasPreviousPage: start > 0,
      startCursor: first === undefined ? null : encode(keyOf(first)),
      endCursor: last === undefined ? null : encode(keyOf(last)),
    },
  };
}

/** Sort values for the `sortKey` enums Tandem uses; ID and unknown keys mean "already in id order" (null). */
export function sortValueFor<T extends { readonly id: string }>(
  sortKey: unknown,
  accessors: Readonly<Record<string, (item: T) => SortValue>>,
): ((item: T) => SortValue) | null {
  return (typeof sortKey === 'string' ? accessors[sortKey] : undefined) ?? null;
}
