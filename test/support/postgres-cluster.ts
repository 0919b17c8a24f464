import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { findExecutable, versionDirs } from './executables.js';

const run = promisify(execFile);

/**
 * A private PostgreSQL cluster (initdb in a temp dir, its own port), so a test can stop and start it without
 * disturbing the machine's server or other suites, and so `npm test` has a database on a machine that runs none.
 * Uses the machine's own binaries; as root they run as the `postgres` user, since PostgreSQL refuses to run as root.
 */
export interface PostgresCluster {
  /** postgres://root@127.0.0.1:<port>/postgres */
  readonly url: string;
  start(): Promise<void>;
  /** `immediate` is a crash as far as clients are concerned: connections are cut, nothing is shut down cleanly. */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  destroy(): Promise<void>;
}

/** Debian keeps each major version's server binaries here, off PATH. */
export const DEBIAN_POSTGRES_DIRS = '/usr/lib/postgresql/*/bin';

/** The folder with initdb and pg_ctl: from PATH, else Debian's newest /usr/lib/postgresql/<major>/bin. */
export function findPostgresBin(): string | undefined {
  const debian = versionDirs('/usr/lib/postgresql').map((dir) => path.join(dir, 'bin'));
  const initdb = findExecutable('initdb', debian);
  if (!initdb) return undefined;
  const bin = path.dirname(initdb);
  return findExecutable('pg_ctl', [bin]) ? bin : undefined;
}

export async function createPostgresCluster(port: number): Promise<PostgresCluster> {
  const bin = findPostgresBin();
  if (bin === undefined)
    throw new Error(`no PostgreSQL server binaries (initdb) on PATH or in ${DEBIAN_POSTGRES_DIRS}`);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tandem-pg-'));
  const data = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) await run('chown', ['postgres:postgres', dir]);
  const pg = (tool: string, args: readonly string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args])
      : run(path.join(bin, tool), [...args]);
  await pg('initdb', ['-D', data, '-A', 'trust', '-U', 'root', '--no-sync']);
  // Room for two jest workers' pools on top of the suites' own clusters and child processes.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const cluster: PostgresCluster = {
    url: `postgres://root@127.0.0.1:${port}/postgres`,
    start: async () =>
      void (await pg('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start'])),
    stop: async (mode = 'fast') => void (await pg('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop'])),
    destroy: async () => {
      await cluster.stop('immediate').catch(() => undefined);
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}
