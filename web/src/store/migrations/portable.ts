import { SqliteAdapter, sql, type CreateTableBuilder, type Kysely } from 'kysely';

/** True when the migration runs on SQLite (our dialect's adapter extends Kysely's). */
export function isSqlite(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

/**
 * Finishes a table whose primary key is its identity (shop, id…). SQLite would otherwise keep such a table
 * twice — a rowid B-tree plus a key index — and bulk upserts pay for both; WITHOUT ROWID keeps one, about
 * twice as fast (test/bench/store-bulk.ts). Postgres tables have no rowid, so nothing changes there.
 */
export async function keyed<T extends string, C extends string>(
  db: Kysely<unknown>,
  table: CreateTableBuilder<T, C>,
): Promise<void> {
  await (isSqlite(db) ? table.modifyEnd(sql`without rowid`) : table).execute();
}
