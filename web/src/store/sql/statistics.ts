import { sql, type Kysely } from 'kysely';
import type { Schema } from '../database/schema.js';
import type { DialectName } from '../database/types.js';

/** Re-analyse once this share of a table's rows changed since its last analyze. */
const STALE_SHARE = 0.2;

/**
 * Postgres plans from table statistics. Right after a bulk import they are missing or stale, and the planner
 * then reads every line of the shop for each streamed batch (measured in test/bench/store-bulk.ts: 1M lines
 * streamed at ~5k lines/s instead of ~100k). ANALYZE samples a bounded number of rows, so refreshing the tables a
 * reader is about to scan, only when they changed a lot, costs a fraction of a second once per run. SQLite's
 * planner has no such dependence for these queries.
 */
export async function refreshStatistics(
  db: Kysely<Schema>,
  dialect: DialectName,
  tables: readonly ('orders' | 'order_lines')[],
): Promise<void> {
  if (dialect !== 'postgres') return;
  const { rows } = await sql<{ relname: string; live: number; modified: number; analyzed: string | null }>`
    select relname, n_live_tup as live, n_mod_since_analyze as modified,
           coalesce(last_analyze, last_autoanalyze)::text as analyzed
      from pg_stat_user_tables
     where schemaname = current_schema() and relname in (${sql.join(tables)})`.execute(db);
  const stale = tables.filter((table) => {
    const stats = rows.find((row) => row.relname === table);
    return (
      stats === undefined || stats.analyzed === null || stats.modified > STALE_SHARE * Math.max(stats.live, 1)
    );
  });
  if (stale.length > 0) await sql`analyze ${sql.join(stale.map((table) => sql.table(table)))}`.execute(db);
}
