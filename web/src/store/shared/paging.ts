import { ValidationError } from '../../errors.js';
import type { PageRequest } from '../ports/page.js';

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1_000;

/** Opaque to callers; inside, the keyset values of the last row of the previous page. */
export function encodeCursor(keys: readonly string[]): string {
  return Buffer.from(JSON.stringify(keys), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): string[] {
  try {
    const keys: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(keys) && keys.length === arity && keys.every((key) => typeof key === 'string'))
      return keys;
  } catch {
    // Falls through to the error below: a cursor we did not issue.
  }
  throw new ValidationError(
    'Invalid page: after is not a cursor this list issued (pass back nextCursor as received)',
    [{ path: 'after', message: 'is not a cursor this list issued' }],
  );
}

export interface PageWindow {
  readonly after: string[] | null;
  readonly limit: number;
}

/** Validates a page request: limit 1–1000, a cursor of `arity` keys. */
export function pageWindow(
  request: PageRequest | undefined,
  arity: number,
  maxLimit = MAX_PAGE_SIZE,
): PageWindow {
  const limit = request?.limit ?? DEFAULT_PAGE_SIZE;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > maxLimit) {
    throw new ValidationError(
      `Invalid page: limit must be an integer between 1 and ${maxLimit} (got ${limit})`,
      [{ path: 'limit', message: `must be between 1 and ${maxLimit}` }],
    );
  }
  const after = request?.after ? decodeCursor(request.after, arity) : null;
  return { after, limit };
}

/** Builds a page from up to limit + 1 fetched rows: the extra row only says whether there is more. */
export function toPage<T>(rows: readonly T[], limit: number, keysOf: (row: T) => readonly string[]) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keysOf(last)) : null };
}

/** Keyset comparison as the databases do it (byte order for our ASCII ids and timestamps). */
export function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
