import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A private PostgreSQL cluster (initdb in a temp dir, its own port), so a test can stop and start it without
 * disturbing the machine's server or other suites. Uses the machine's own binaries; as root they run as the
 * `postgres` user, since PostgreSQL refuses to run as root.
 */
export interface PostgresCluster {
  /** postgres://root@127.0.0.1:<port>/postgres */
  readonly url: string;
  start(): Promise<void>;
  /** `immediate` is a crash as far as clients are concerned: connections are cut, nothing is shut down cleanly. */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  destroy(): Promise<void>;
}

async function binDir(): Promise<string> {
  const versions = (await fs.readdir('/usr/lib/postgresql')).sort((a, b) => Number(b) - Number(a));
  if (versions[0] === undefined) throw new Error('no PostgreSQL under /usr/lib/postgresql');
  return path.join('/usr/lib/postgresql', versions[0], 'bin');
}

export async function createPostgresCluster(port: number): Promise<PostgresCluster> {
  const bin = await binDir();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tandem-pg-'));
  const data = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) await run('chown', ['postgres:postgres', dir]);
  const pg = (tool: string, args: readonly string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args])
      : run(path.join(bin, tool), [...args]);
  await pg('initdb', ['-D', data, '-A', 'trust', '-U', 'root', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
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
