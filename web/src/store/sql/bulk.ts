import { CompiledQuery, type Kysely } from 'kysely';
import type { Schema, TableName } from '../database/schema.js';
import type { DialectName } from '../database/types.js';
import { chunk } from '../shared/collections.js';

/**
 * Bound parameters per statement. SQLite's hard limit is 32,766 and Postgres' 65,535; stay a little below.
 * Rows per statement are capped too: past a few hundred rows bigger statements stop paying off
 * (test/bench/store-bulk.ts measures it) and only cost memory.
 */
const MAX_PARAMS: Record<DialectName, number> = { sqlite: 32_000, postgres: 65_000 };
export const MAX_ROWS_PER_STATEMENT = 500;

type Executor = Kysely<Schema>;
type Column<T extends TableName> = keyof Schema[T] & string;
type Row<T extends TableName> = Schema[T];

export interface BulkWrite<T extends TableName> {
  readonly table: T;
  readonly columns: readonly Column<T>[];
  /** The unique key; without it rows are plainly inserted. */
  readonly conflict?: readonly Column<T>[];
  /** On conflict: 'update' every other column (default) or do 'nothing'. */
  readonly onConflict?: 'update' | 'nothing';
  /** Update only when the stored value of this column is ≤ the incoming one (never overwrite newer data). */
  readonly staleGuard?: Column<T>;
  /** Columns an update never changes (an order's createdAt, which places its lines). */
  readonly immutable?: readonly Column<T>[];
  /** Columns an incoming null never clears (a synced order lacks the checkout token its webhook carried). */
  readonly keepWhenNull?: readonly Column<T>[];
  /** Columns returned for the rows actually written (inserted, or updated past the stale guard). */
  readonly returning?: readonly Column<T>[];
}

const quote = (name: string) => `"${name}"`;

function placeholders(dialect: DialectName, rows: number, columns: number): string {
  const tuples: string[] = [];
  let n = 0;
  for (let r = 0; r < rows; r += 1) {
    const cells: string[] = [];
    for (let c = 0; c < columns; c += 1) cells.push(dialect === 'sqlite' ? '?' : `$${(n += 1)}`);
    tuples.push(`(${cells.join(',')})`);
  }
  return tuples.join(',');
}

function assignment<T extends TableName>(spec: BulkWrite<T>, column: Column<T>): string {
  const incoming = `excluded.${quote(column)}`;
  return spec.keepWhenNull?.includes(column)
    ? `coalesce(${incoming}, ${quote(spec.table)}.${quote(column)})`
    : incoming;
}

function statement<T extends TableName>(dialect: DialectName, spec: BulkWrite<T>, rows: number): string {
  const head = `insert into ${quote(spec.table)} (${spec.columns.map(quote).join(',')}) values ${placeholders(dialect, rows, spec.columns.length)}`;
  let tail = '';
  if (spec.conflict) {
    const target = `on conflict (${spec.conflict.map(quote).join(',')})`;
    const fixed = [...spec.conflict, ...(spec.immutable ?? [])];
    const updated = spec.columns.filter((column) => !fixed.includes(column));
    tail =
      spec.onConflict === 'nothing' || updated.length === 0
        ? ` ${target} do nothing`
        : ` ${target} do update set ${updated.map((c) => `${quote(c)} = ${assignment(spec, c)}`).join(',')}`;
    if (spec.staleGuard && spec.onConflict !== 'nothing') {
      tail += ` where ${quote(spec.table)}.${quote(spec.staleGuard)} <= excluded.${quote(spec.staleGuard)}`;
    }
  }
  return head + tail + (spec.returning ? ` returning ${spec.returning.map(quote).join(',')}` : '');
}

export function rowsPerStatement(
  dialect: DialectName,
  columns: number,
  cap = MAX_ROWS_PER_STATEMENT,
): number {
  return Math.max(1, Math.min(cap, Math.floor(MAX_PARAMS[dialect] / columns)));
}

/**
 * Writes rows with chunked multi-row INSERT … ON CONFLICT statements, identical SQL on both dialects apart
 * from placeholders. Built as text rather than through the query builder: for a million rows the builder's
 * per-value node trees cost more than the database work. Run it inside a transaction for all-or-nothing.
 * Returns the `returning` columns of written rows, and how many rows the database reported as changed.
 */
export async function bulkWrite<T extends TableName>(
  executor: Executor,
  dialect: DialectName,
  spec: BulkWrite<T>,
  rows: readonly Row<T>[],
  cap = MAX_ROWS_PER_STATEMENT,
): Promise<{ readonly returned: Partial<Row<T>>[]; readonly changed: number }> {
  const size = rowsPerStatement(dialect, spec.columns.length, cap);
  const fullStatement = rows.length >= size ? statement(dialect, spec, size) : '';
  const returned: Partial<Row<T>>[] = [];
  let changed = 0;
  for (const part of chunk(rows, size)) {
    const params: unknown[] = [];
    for (const row of part) for (const column of spec.columns) params.push(row[column]);
    const text = part.length === size ? fullStatement : statement(dialect, spec, part.length);
    const result = await executor.executeQuery<Partial<Row<T>>>(CompiledQuery.raw(text, params));
    changed += Number(result.numAffectedRows ?? 0n);
    if (spec.returning) returned.push(...result.rows);
  }
  return { returned, changed };
}

/** `delete from table where shop = ? and column in (…)`, chunked; returns rows deleted. */
export async function deleteIn<T extends TableName>(
  executor: Executor,
  dialect: DialectName,
  table: T,
  shop: string,
  column: Column<T>,
  values: readonly string[],
): Promise<number> {
  let deleted = 0;
  for (const part of chunk(values, rowsPerStatement(dialect, 1, 10_000))) {
    const marks = dialect === 'sqlite' ? part.map(() => '?') : part.map((_, i) => `$${i + 2}`);
    const text = `delete from ${quote(table)} where "shop" = ${dialect === 'sqlite' ? '?' : '$1'} and ${quote(column)} in (${marks.join(',')})`;
    const result = await executor.executeQuery(CompiledQuery.raw(text, [shop, ...part]));
    deleted += Number(result.numAffectedRows ?? 0n);
  }
  return deleted;
}
