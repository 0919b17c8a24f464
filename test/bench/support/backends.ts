import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { sql } from 'kysely';
import { createDatabase, type DatabaseOptions } from '@tandem/web/store/index';
import { optionalTestDatabaseUrl } from '../../support/db.js';

/** A database a bench run writes to: a fresh SQLite file or a fresh Postgres schema per `options` call. */
export interface Backend {
  readonly name: 'sqlite' | 'postgres';
  options(label: string): Promise<DatabaseOptions>;
  cleanup(): Promise<void>;
}

/** SQLite always (files under `dir`); Postgres too when TEST_DATABASE_URL is set. */
export async function benchBackends(dir: string): Promise<Backend[]> {
  const list: Backend[] = [
    {
      name: 'sqlite',
      options: async (label) => ({ kind: 'sqlite', filename: path.join(dir, `${label}.sqlite`) }),
      cleanup: async () => undefined,
    },
  ];
  const url = optionalTestDatabaseUrl();
  if (url === undefined) return list;
  const admin = createDatabase({ kind: 'postgres', url, poolSize: 1 });
  const schemas: string[] = [];
  list.push({
    name: 'postgres',
    options: async () => {
      const schema = `b_${randomBytes(6).toString('hex')}`;
      await sql.raw(`create schema ${schema}`).execute(admin.db);
      schemas.push(schema);
      return { kind: 'postgres', url, schema, poolSize: 10 };
    },
    cleanup: async () => {
      for (const schema of schemas) await sql.raw(`drop schema ${schema} cascade`).execute(admin.db);
      await admin.close();
    },
  });
  return list;
}
