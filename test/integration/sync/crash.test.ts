import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDatabase, createMemoryStores, createStores, migrateToLatest } from '@tandem/web/store/index';
import { SYNC_PATHS } from '@tandem/web/domain/index';
import { readCursor, runSync } from '@tandem/web/sync/index';
import { BACKENDS, openStoreBackend, type StoreBackend } from '../../support/db.js';
import { dumpStore, seedCounts, startWorld, type SyncWorld } from './support.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CHILD = fileURLToPath(new URL('./sync-child.ts', import.meta.url));
const SMALL_STEPS = { maxPageSize: 10, bulkBatchSize: 5 } as const;

async function reference(world: SyncWorld) {
  const stores = createMemoryStores();
  await runSync(world.deps(stores));
  return dumpStore(stores, world.shop);
}

describe.each(BACKENDS)('a sync stopped mid-way resumes (%s store)', (backend) => {
  let database: StoreBackend;
  beforeAll(async () => {
    database = await openStoreBackend(backend);
  });
  afterAll(async () => {
    await database?.close();
  });

  it.each(SYNC_PATHS)('on the %s path: stop, restart, same final store, no duplicates', async (syncPath) => {
    // Given a sync that is stopped (the worker's abort signal) after its third page or batch
    const world = await startWorld();
    const { stores } = database.fixture();
    try {
      const expected = await reference(world);
      const stop = new AbortController();
      let progress = 0;
      const stopAfterThree = {
        log: (event: { type: string }) =>
          event.type === 'progress' && ++progress === 3
            ? stop.abort(new Error('worker shutting down'))
            : undefined,
        signal: stop.signal,
      };
      await expect(
        runSync(world.deps(stores, { ...SMALL_STEPS, path: syncPath }, stopAfterThree)),
      ).rejects.toThrow('worker shutting down');
      const stopped = await stores.syncRuns.latest(world.shop);
      expect(stopped?.status).toBe('running');
      // When the sync runs again
      const run = await runSync(world.deps(stores, { ...SMALL_STEPS, path: syncPath }));
      // Then the same run finished and the store equals a clean sync's, row for row
      expect(run).toMatchObject({ id: stopped?.id, status: 'succeeded', path: syncPath });
      expect(await dumpStore(stores, world.shop)).toEqual(expected);
    } finally {
      await world.close();
    }
  });
});

describe('kill -9 of a sync process', () => {
  it.each(SYNC_PATHS)(
    'on the %s path: the next run resumes and the store ends equal, without duplicates',
    async (syncPath) => {
      // Given a sync process writing to a SQLite file, killed with SIGKILL after its second page or batch
      const world = await startWorld({ scale: 5 });
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tandem-sync-kill-'));
      const sqliteFile = path.join(dir, 'tandem.sqlite');
      const database = createDatabase({ kind: 'sqlite', filename: sqliteFile });
      try {
        await migrateToLatest(database);
        const expected = await reference(world);
        const args = {
          emulatorUrl: world.emulator.url,
          shop: world.shop,
          accessToken: world.accessToken,
          sqliteFile,
          path: syncPath,
          scale: 5,
          writeDelayMs: 150,
        };
        // `node --import tsx` runs the script in this one process (the tsx CLI would put it in a grandchild).
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', '--conditions=tandem-source', CHILD, JSON.stringify(args)],
          { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
        );
        let output = '';
        await new Promise<void>((resolve, reject) => {
          child.stdout.on('data', (chunk: Buffer) => {
            output += chunk.toString();
            if ((output.match(/^progress /gm) ?? []).length >= 2) resolve();
          });
          child.once('exit', (code) =>
            reject(new Error(`sync process ended (${code}) before it could be killed:\n${output}`)),
          );
        });
        child.kill('SIGKILL');
        await once(child, 'exit');
        const stores = createStores(database);
        const killed = await stores.syncRuns.latest(world.shop);
        const total = seedCounts(world.seed);
        expect(killed?.status).toBe('running');
        expect((killed?.counts['orders'] ?? 0) < total.orders).toBe(true);
        expect(readCursor(killed?.cursor ?? null)?.phase).not.toBe('done');
        // When the sync runs again (this process, same database)
        const run = await runSync(world.deps(stores, { ...SMALL_STEPS, path: syncPath }));
        // Then it finished the killed run and the store holds each row once, as a clean sync would
        expect(run).toMatchObject({ id: killed?.id, status: 'succeeded' });
        const dump = await dumpStore(stores, world.shop);
        expect(dump.counts).toEqual({ products: total.products, orders: total.orders, lines: total.lines });
        expect(dump).toEqual(expected);
      } finally {
        await database.close();
        await fs.rm(dir, { recursive: true, force: true });
        await world.close();
      }
    },
  );
});
