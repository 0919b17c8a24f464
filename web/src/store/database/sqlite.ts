import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteAdapter, SqliteDialect, type DialectAdapter, type SqliteDatabase } from 'kysely';
import { UnavailableError } from '../../errors.js';
import type { Schema } from './schema.js';

/** How long a writer waits for another process's write lock before SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5_000;

// SQLite's DDL is fully transactional, but Kysely's adapter conservatively says otherwise, which would make the
// Migrator run migrations outside a transaction. Claiming it lets a failed migration roll back completely.
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class TandemSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

/** Prepared statements kept per connection; bulk writes repeat a few statement texts thousands of times. */
const STATEMENT_CACHE_SIZE = 200;

// Kysely prepares every query afresh; for chunked bulk writes, parsing the same multi-row INSERT again and again
// costs about a quarter of the time (test/bench/store-bulk.ts). Kysely runs one query at a time per connection,
// so a cached statement is never in use twice at once; SQLite re-prepares cached statements after DDL by itself.
function withStatementCache(connection: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => connection.close(),
    prepare(sql) {
      let statement = cache.get(sql);
      if (statement === undefined) {
        statement = connection.prepare(sql);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      } else {
        cache.delete(sql);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}

/**
 * The database holds shops' (sealed) tokens and their order history: readable by the app's user only (0600), as
 * are the WAL and shared-memory files SQLite keeps beside it (created by the WAL pragma above).
 */
function ownerOnly(filename: string): void {
  for (const file of [filename, `${filename}-wal`, `${filename}-shm`]) {
    try {
      fs.chmodSync(file, 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

/** Opens (creating if needed) a SQLite file in WAL mode. Throws UnavailableError naming the file. */
export function openSqlite(filename: string): Kysely<Schema> {
  let connection: BetterSqlite3.Database;
  try {
    if (filename !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(filename)), { recursive: true });
    connection = new BetterSqlite3(filename);
  } catch (error) {
    throw new UnavailableError(`Cannot open SQLite database at ${filename}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  // WAL lets readers (the server) proceed while a writer (a sync job) holds the lock; NORMAL sync is
  // durable across application crashes in WAL mode, which is the failure we care about.
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = NORMAL');
  connection.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  if (filename !== ':memory:') ownerOnly(filename);
  return new Kysely<Schema>({
    dialect: new TandemSqliteDialect({ database: withStatementCache(connection) }),
  });
}
