// Test databases for the store contract suites: a SQLite file under os.tmpdir(), or a Postgres schema t_<random>
// in TEST_DATABASE_URL, so concurrent runs never share tables. Each is dropped when the test file ends.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import {
  SHOP_TABLES,
  createDatabase,
  createMemoryStores,
  createStores,
  migrateToLatest,
  type Clock,
  type Database,
  type DatabaseOptions,
  type Stores,
  type TableName,
} from '@tandem/web/store/index';
import type { TokenCipher } from '@tandem/web/store/shared/token-cipher';
import { requireTestEnv } from './env.js';

export const BACKENDS = ['memory', 'sqlite', 'postgres'] as const;
export type Backend = (typeof BACKENDS)[number];
export type SqlBackend = Exclude<Backend, 'memory'>;

export interface TestDatabase {
  readonly database: Database;
  /** How to open it again, e.g. from a child process. */
  readonly options: DatabaseOptions;
  /** Another connection (pool) to the same data, as a second process would have. */
  openAnother(): Database;
  drop(): Promise<void>;
}

const randomName = (prefix: string) => `${prefix}${randomBytes(6).toString('hex')}`;

/** A fresh, empty database (not migrated). */
export async function openTestDatabase(kind: SqlBackend): Promise<TestDatabase> {
  const others: Database[] = [];
  if (kind === 'sqlite') {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tandem-store-'));
    const filename = path.join(dir, 'nested', 'tandem.sqlite');
    const options: DatabaseOptions = { kind: 'sqlite', filename };
    const open = () => createDatabase(options);
    const database = open();
    return {
      database,
      options,
      openAnother: () => others[others.push(open()) - 1] as Database,
      async drop() {
        await Promise.all([database, ...others].map((db) => db.close()));
        await fs.rm(dir, { recursive: true, force: true });
      },
    };
  }
  const url = requireTestEnv('TEST_DATABASE_URL');
  const schema = randomName('t_');
  const admin = createDatabase({ kind: 'postgres', url, poolSize: 1 });
  await sql.raw(`create schema ${schema}`).execute(admin.db);
  const options: DatabaseOptions = { kind: 'postgres', url, schema, poolSize: 5 };
  const open = () => createDatabase(options);
  const database = open();
  return {
    database,
    options,
    openAnother: () => others[others.push(open()) - 1] as Database,
    async drop() {
      await Promise.all([database, ...others].map((db) => db.close()));
      await sql.raw(`drop schema ${schema} cascade`).execute(admin.db);
      await admin.close();
    },
  };
}

/** A shop domain no other test uses: tests sharing one database stay independent. */
export function uniqueShop(): string {
  return `${randomName('shop-')}.myshopify.com`;
}

/** A clock that starts at `start` and moves `stepMs` forward on every reading. */
export function steppingClock(start = '2025-01-01T00:00:00.000Z', stepMs = 1_000): Clock {
  let now = Date.parse(start);
  return () => {
    const current = new Date(now);
    now += stepMs;
    return current;
  };
}

export interface StoreFixture {
  readonly backend: Backend;
  readonly stores: Stores;
  /** Two shops no other test touches. */
  readonly shop: string;
  readonly otherShop: string;
  /** Stores over a second connection to the same data (SQL backends), to race real concurrent writers. */
  readonly secondStores?: Stores;
  /** Rows of `shop` in each table (SQL backends), to prove erasure table by table. */
  readonly countRows?: (shop: string) => Promise<Record<TableName, number>>;
  /** Every table the database has (SQL backends), to prove SHOP_TABLES misses none. */
  readonly listTables?: () => Promise<string[]>;
  /** New stores over the same data with other options (SQL backends), e.g. another token key. */
  readonly reopen?: (options: FixtureOptions) => Stores;
}

export interface FixtureOptions {
  readonly clock?: Clock;
  readonly tokenCipher?: TokenCipher;
}

export type FixtureFactory = (options?: FixtureOptions) => StoreFixture;

export interface StoreBackend {
  readonly fixture: FixtureFactory;
  close(): Promise<void>;
}

/**
 * Opens a backend for one test file. The SQL database is created and migrated once per file (the costly part);
 * every test then takes a fixture with fresh stores and its own shops, so no test sees another's rows.
 */
export async function openStoreBackend(backend: Backend): Promise<StoreBackend> {
  if (backend === 'memory') {
    return {
      fixture: (options = {}) => ({
        backend,
        stores: createMemoryStores(options),
        shop: uniqueShop(),
        otherShop: uniqueShop(),
      }),
      close: async () => undefined,
    };
  }
  const test = await openTestDatabase(backend);
  await migrateToLatest(test.database);
  const second = test.openAnother();
  return {
    fixture: (options = {}) => ({
      backend,
      stores: createStores(test.database, options),
      secondStores: createStores(second, options),
      shop: uniqueShop(),
      otherShop: uniqueShop(),
      countRows: (shop) => countShopRows(test.database, shop),
      listTables: () => listTables(test.database, backend),
      reopen: (reopened) => createStores(test.database, reopened),
    }),
    close: () => test.drop(),
  };
}

/** Rows of the shop in each of SHOP_TABLES, counted in the database itself. */
export async function countShopRows(database: Database, shop: string): Promise<Record<TableName, number>> {
  const counts = {} as Record<TableName, number>;
  for (const table of SHOP_TABLES) {
    const { rows } = await sql<{
      n: number;
    }>`select count(*) as n from ${sql.table(table)} where shop = ${shop}`.execute(database.db);
    counts[table] = Number(rows[0]?.n);
  }
  return counts;
}

/** The app's tables as the database lists them (migration bookkeeping left out), so a new table is seen. */
export async function listTables(database: Database, backend: SqlBackend): Promise<string[]> {
  const query =
    backend === 'sqlite'
      ? sql<{
          name: string;
        }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`
      : sql<{
          name: string;
        }>`select table_name as name from information_schema.tables where table_schema = current_schema()`;
  const { rows } = await query.execute(database.db);
  return rows.map((row) => row.name).filter((name) => !name.startsWith('kysely_'));
}

/** TEST_DATABASE_URL when set (benchmarks add Postgres only then; contract suites use requireTestEnv and fail). */
export function optionalTestDatabaseUrl(): string | undefined {
  try {
    return requireTestEnv('TEST_DATABASE_URL');
  } catch {
    return undefined;
  }
}
