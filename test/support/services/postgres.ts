// PostgreSQL for the suites: the machine's server on its default port if it lets us in, or else a private
// throwaway cluster from the machine's own binaries.
import pg from 'pg';
import { freePort } from '../processes.js';
import { createPostgresCluster, DEBIAN_POSTGRES_DIRS, findPostgresBin } from '../postgres-cluster.js';
import type { FoundService, ServerAddress } from './types.js';

/** Where the machine's own server listens by default. */
export const DEFAULT_POSTGRES: ServerAddress = { host: '127.0.0.1', port: 5432 };
const DATABASE = 'test';
/** Debian's server lets the OS user of the same name in; root is the usual one on CI and dev machines. */
const USERS = ['root', 'postgres'] as const;

type Probe =
  { kind: 'ok' } | { kind: 'no-database' } | { kind: 'refused' } | { kind: 'denied'; message: string };

async function probe({ host, port }: ServerAddress, user: string, database: string): Promise<Probe> {
  const client = new pg.Client({ host, port, user, database, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return { kind: 'ok' };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === '3D000') return { kind: 'no-database' };
    if (code === 'ECONNREFUSED' || code === 'ETIMEDOUT') return { kind: 'refused' };
    return { kind: 'denied', message: (error as Error).message };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** postgres://<user>@host:port/test, creating database `test` when the server has none yet; else the problems. */
async function localServer(address: ServerAddress): Promise<string | string[]> {
  const where = `${address.host}:${address.port}`;
  const problems: string[] = [];
  for (const user of USERS) {
    const url = `postgres://${user}@${where}/${DATABASE}`;
    const found = await probe(address, user, DATABASE);
    if (found.kind === 'ok') return url;
    if (found.kind === 'refused') return [`no PostgreSQL server answers on ${where}`];
    if (found.kind === 'no-database' && (await createDatabase(address, user))) return url;
    problems.push(`${where} refused user ${user}${found.kind === 'denied' ? ` (${found.message})` : ''}`);
  }
  return problems;
}

async function createDatabase({ host, port }: ServerAddress, user: string): Promise<boolean> {
  const client = new pg.Client({ host, port, user, database: 'postgres' });
  try {
    await client.connect();
    await client.query(`create database ${DATABASE}`);
    return true;
  } catch (error) {
    // 42P04: another run created it meanwhile.
    return (error as { code?: string }).code === '42P04';
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The server at `address` (the default port unless a test says otherwise), or else a private cluster. */
export async function findOrStartPostgres(address = DEFAULT_POSTGRES): Promise<FoundService> {
  const local = await localServer(address);
  if (typeof local === 'string')
    return { kind: 'found', url: local, origin: 'local', stop: async () => undefined };
  if (findPostgresBin() === undefined) {
    return {
      kind: 'missing',
      problems: [...local, `no initdb/pg_ctl on PATH or in ${DEBIAN_POSTGRES_DIRS} to start a private one`],
    };
  }
  const cluster = await createPostgresCluster(await freePort());
  return { kind: 'found', url: cluster.url, origin: 'private', stop: () => cluster.destroy() };
}
