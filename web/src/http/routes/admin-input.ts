import type * as z from 'zod/mini';
import { issuesOf, type ApiPage } from '../../api-contract/index.js';
import { NotFoundError, ValidationError } from '../../errors.js';

/** Parses request input with a contract schema; a failure is a 400 naming every bad field. */
export function parseInput<S extends z.ZodMiniType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = issuesOf(parsed.error);
  throw new ValidationError(
    `Invalid ${what}: ${issues.map((issue) => `${issue.path} ${issue.message}`).join('; ')}`,
    issues,
  );
}

/** A path id that must be numeric; anything else cannot name one of the shop's records, so it is a 404. */
export function numericParam(value: unknown, what: string): string {
  if (typeof value === 'string' && /^\d{1,20}$/.test(value)) return value;
  throw new NotFoundError(`No ${what} ${String(value)}`);
}

/** Cursor of a list paged by position (lists the routes hold whole in memory: rules, families, discounts). */
export function offsetCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

function readOffset(after: string | undefined): number {
  if (after === undefined) return 0;
  try {
    const { o } = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as { o?: unknown };
    if (typeof o === 'number' && Number.isSafeInteger(o) && o >= 0) return o;
  } catch {
    // Falls through to the error below: a cursor we did not issue.
  }
  throw new ValidationError('Invalid cursor: pass back the nextCursor of the previous page', [
    { path: 'after', message: 'is not a cursor from this list' },
  ]);
}

/** One page of an in-memory list. */
export function pageByOffset<T>(items: readonly T[], after: string | undefined, limit: number): ApiPage<T> {
  const start = readOffset(after);
  const end = start + limit;
  return { items: items.slice(start, end), nextCursor: end < items.length ? offsetCursor(end) : null };
}
