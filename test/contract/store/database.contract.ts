import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { sql, type Kysely } from 'kysely';
import { UnavailableError } from '@tandem/web/errors';
import {
  MIGRATIONS,
  MigrationError,
  createDatabase,
  migrateToLatest,
  runMigrations,
  type Database,
} from '@tandem/web/store/index';
import { openTestDatabase, type SqlBackend } from '../../support/db.js';

async function columnsOf(database: Database, table: string): Promise<string[]> {
  const query =
    database.dialect === 'sqlite'
      ? sql<{ name: string }>`select name from pragma_table_info(${table})`
      : sql<{
          name: string;
        }>`select column_name as name from information_schema.columns where table_schema = current_schema() and table_name = ${table}`;
  return (await query.execute(database.db)).rows.map((row) => row.name);
}

async function tableExists(database: Database, table: string): Promise<boolean> {
  const query =
    database.dialect === 'sqlite'
      ? sql<{ n: number }>`select count(*) as n from sqlite_master where type = 'table' and name = ${table}`
      : sql<{
          n: number;
        }>`select count(*) as n from information_schema.tables where table_schema = current_schema() and table_name = ${table}`;
  const { rows } = await query.execute(database.db);
  return Number(rows[0]?.n) > 0;
}

// Creates a table, then fails: a transactional migration must leave neither the table nor its record behind.
const broken = {
  async up(db: Kysely<unknown>) {
    await db.schema.createTable('half_done').addColumn('x', 'text').execute();
    await db.schema.alterTable('shops').addColumn('extra', 'text').execute();
    await sql`insert into no_such_table values (1)`.execute(db);
  },
};

export function describeDatabaseContract(name: SqlBackend): void {
  describe(`Database [${name}]`, () => {
    it('migrates to the latest version once', async () => {
      const test = await openTestDatabase(name);
      try {
        expect(await migrateToLatest(test.database)).toEqual({ applied: Object.keys(MIGRATIONS) });
        expect(await migrateToLatest(test.database)).toEqual({ applied: [] });
        await test.database.ping();
      } finally {
        await test.drop();
      }
    });

    it('rolls a failing migration back completely, keeping the previous schema and data', async () => {
      // Given a migrated database holding a shop
      const test = await openTestDatabase(name);
      try {
        await migrateToLatest(test.database);
        const { db } = test.database;
        await db
          .insertInto('shops')
          .values({
            shop: 'a.myshopify.com',
            status: 'installed',
            scopes: '[]',
            installed_at: '2025-01-01T00:00:00.000Z',
            uninstalled_at: null,
            needs_reauth: 0,
          })
          .execute();
        // When a new migration fails halfway
        const failing = runMigrations(test.database, { ...MIGRATIONS, '9999_broken': broken });
        // Then it is reported by name, and nothing of it remains
        await expect(failing).rejects.toBeInstanceOf(MigrationError);
        await expect(failing).rejects.toThrow(/9999_broken/);
        expect(await tableExists(test.database, 'half_done')).toBe(false);
        const columns = await columnsOf(test.database, 'shops');
        expect(columns).toContain('needs_reauth');
        expect(columns).not.toContain('extra');
        expect(await db.selectFrom('shops').select('shop').execute()).toEqual([{ shop: 'a.myshopify.com' }]);
        // And the migration is still pending: fixing it lets it apply
        const fixed = {
          async up(d: Kysely<unknown>) {
            await d.schema.createTable('half_done').addColumn('x', 'text').execute();
          },
        };
        expect(await runMigrations(test.database, { ...MIGRATIONS, '9999_broken': fixed })).toEqual({
          applied: ['9999_broken'],
        });
      } finally {
        await test.drop();
      }
    });

    if (name === 'postgres') {
      it('names the host it failed to reach, never the password', async () => {
        // Given a server that cannot be reached
        const database = createDatabase({
          kind: 'postgres',
          url: 'postgres://root:s3cret-pw@127.0.0.1:1/tandem',
        });
        try {
          // When migrating (which pings first)
          const error = await migrateToLatest(database).catch((caught: unknown) => caught);
          // Then the error names host, port and database, and not the password
          expect(error).toBeInstanceOf(UnavailableError);
          expect((error as Error).message).toContain('127.0.0.1:1/tandem');
          expect((error as Error).message).not.toContain('s3cret-pw');
        } finally {
          await database.close();
        }
      });
    } else {
      it('names the file it failed to open', async () => {
        // Given a path whose parent is a file, so its folder cannot be created
        const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tandem-bad-'));
        const blocker = path.join(dir, 'not-a-folder');
        await fs.writeFile(blocker, '');
        try {
          // When opened, then the error names the file
          expect(() => createDatabase({ kind: 'sqlite', filename: path.join(blocker, 'db.sqlite') })).toThrow(
            UnavailableError,
          );
          expect(() => createDatabase({ kind: 'sqlite', filename: path.join(blocker, 'db.sqlite') })).toThrow(
            blocker,
          );
        } finally {
          await fs.rm(dir, { recursive: true, force: true });
        }
      });

      it('keeps the database file and its WAL files readable by the owner only (0600)', async () => {
        // Given a new database file, under a umask that would leave it world-readable
        const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tandem-mode-'));
        const filename = path.join(dir, 'tandem.sqlite');
        const previousUmask = process.umask(0o022);
        const database = createDatabase({ kind: 'sqlite', filename });
        try {
          // When it is migrated (written to)
          await migrateToLatest(database);
          // Then the file and the WAL and shared-memory files beside it are 0600
          for (const file of [filename, `${filename}-wal`, `${filename}-shm`]) {
            expect([file, (await fs.stat(file)).mode & 0o777]).toEqual([file, 0o600]);
          }
        } finally {
          process.umask(previousUmask);
          await database.close();
          await fs.rm(dir, { recursive: true, force: true });
        }
      });
    }
  });
}
