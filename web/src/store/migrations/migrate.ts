import { Migrator, sql, type Migration } from 'kysely';
import { AppError } from '../../errors.js';
import type { Database } from '../database/types.js';
import { MIGRATIONS } from './migrations.js';

export interface MigrationReport {
  /** Names of the migrations applied by this call, in order (empty when already up to date). */
  readonly applied: readonly string[];
}

/** A migration failed; the schema is left exactly as the last successful migration made it. */
export class MigrationError extends AppError {
  override readonly code = 'migration_failed';
  override readonly retryable = false;
}

// Kysely looks for its bookkeeping tables in every schema unless told which one; another schema's copy (a
// parallel test run, a second app) would make it skip creating ours. Pin it to the schema search_path chose.
async function currentSchema(database: Database): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db);
  const schema = rows[0]?.schema;
  if (!schema) throw new MigrationError(`No current schema on ${database.target}: check search_path`);
  return schema;
}

/** Applies the app's pending migrations. Checks the connection first so an unreachable database says so. */
export async function migrateToLatest(database: Database): Promise<MigrationReport> {
  return runMigrations(database, MIGRATIONS);
}

/**
 * Applies pending `migrations` (name order) one at a time, each in its own transaction (both dialects support
 * transactional DDL), so a failing one rolls back completely and leaves the previous schema intact.
 */
export async function runMigrations(
  database: Database,
  migrations: Readonly<Record<string, Migration>>,
): Promise<MigrationReport> {
  await database.ping();
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    ...(database.dialect === 'postgres' ? { migrationTableSchema: await currentSchema(database) } : {}),
  });
  const applied: string[] = [];
  for (;;) {
    const { error, results = [] } = await migrator.migrateUp();
    if (error !== undefined) {
      const failed = results.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
      const reason = error instanceof Error ? error.message : String(error);
      const kept = applied.at(-1) ?? 'the schema as it was';
      throw new MigrationError(`Migration ${failed} failed and was rolled back (kept ${kept}): ${reason}`, {
        cause: error,
      });
    }
    if (results.length === 0) return { applied };
    applied.push(...results.map((result) => result.migrationName));
  }
}
