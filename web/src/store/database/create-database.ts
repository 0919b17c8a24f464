import { sql } from 'kysely';
import { UnavailableError } from '../../errors.js';
import { describePostgresUrl, openPostgres } from './postgres.js';
import { openSqlite } from './sqlite.js';
import type { Database, DatabaseOptions } from './types.js';

/**
 * Opens the app's database. Nothing connects to Postgres until the first query; call `ping()` (or
 * `migrateToLatest`) at start-up to fail fast with the host named.
 */
export function createDatabase(options: DatabaseOptions): Database {
  if (options.kind === 'sqlite') {
    const db = openSqlite(options.filename);
    return handle(db, 'sqlite', options.filename, '');
  }
  const { target, password } = describePostgresUrl(options.url);
  return handle(openPostgres(options), 'postgres', target, password);
}

function handle(db: Database['db'], dialect: Database['dialect'], target: string, secret: string): Database {
  let closed = false;
  return {
    db,
    dialect,
    target,
    async ping() {
      try {
        await sql`select 1`.execute(db);
      } catch (error) {
        throw unreachable(dialect, target, secret, error);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}

/** A connection failure as an UnavailableError that names where we tried and never carries the password. */
export function unreachable(
  dialect: string,
  target: string,
  secret: string,
  error: unknown,
): UnavailableError {
  // Connection refusals arrive as an AggregateError with an empty message; its code still says what happened.
  const { message, code } = (error ?? {}) as { message?: string; code?: string };
  const raw = message || code || String(error);
  const detail = secret ? raw.split(secret).join('***') : raw;
  const label = dialect === 'postgres' ? 'PostgreSQL' : 'SQLite';
  return new UnavailableError(`Cannot reach ${label} at ${target}: ${detail}`);
}
