import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { Session } from '@shopify/shopify-api';
import { createDatabase, createStores, migrateToLatest } from '@tandem/web/store/index';
import { seedCounts, startWorld } from './support.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CLI = fileURLToPath(new URL('../../../web/src/sync/cli.ts', import.meta.url));

describe('npm run sync (the CLI)', () => {
  it('syncs an installed shop into the configured database, with progress on stderr and the run on stdout', async () => {
    // Given an installed shop: its offline session (access token) in the app's SQLite database
    const world = await startWorld();
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tandem-sync-cli-'));
    const database = createDatabase({ kind: 'sqlite', filename: path.join(dataDir, 'tandem.sqlite') });
    try {
      await migrateToLatest(database);
      const stores = createStores(database);
      await stores.sessions.storeSession(
        new Session({
          id: `offline_${world.shop}`,
          shop: world.shop,
          state: 'installed',
          isOnline: false,
          accessToken: world.accessToken,
          // Stored as an expiring token would be: the CLI runs with the demo app's credentials, not this
          // emulator's test app, so it could not migrate a non-expiring one (install/offline-tokens.ts).
          expires: new Date(Date.now() + 3_600_000),
        }),
      );
      // When the CLI runs against the emulator
      const cli = spawn(
        process.execPath,
        ['--import', 'tsx', '--conditions=tandem-source', CLI, '--shop', world.shop],
        {
          cwd: ROOT,
          env: { SHOPIFY_EMULATOR_URL: world.emulator.url, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let stdout = '';
      let stderr = '';
      cli.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      cli.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const [code] = (await once(cli, 'exit')) as [number | null];
      // Then it succeeded, printed the run, and the rows are in the database
      expect({ code, stderr: stderr.split('\n').filter((line) => line.startsWith('sync ')) }).toMatchObject({
        code: 0,
        stderr: [
          expect.stringMatching(/^sync .* \(full, paged\)$/),
          expect.stringMatching(/^sync succeeded: /),
        ],
      });
      const run = JSON.parse(stdout) as { status: string; counts: Record<string, number> };
      const expected = seedCounts(world.seed);
      expect(run).toMatchObject({
        status: 'succeeded',
        counts: { products: expected.products, orders: expected.orders },
      });
      expect(await stores.catalog.countProducts(world.shop)).toBe(expected.products);
    } finally {
      await database.close();
      await fs.rm(dataDir, { recursive: true, force: true });
      await world.close();
    }
  });

  it('names a bad argument and exits with 2 before touching anything', async () => {
    const cli = spawn(
      process.execPath,
      ['--import', 'tsx', '--conditions=tandem-source', CLI, '--shop', 'not a shop'],
      { cwd: ROOT, env: {}, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    cli.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(cli, 'exit')) as [number | null];
    expect(code).toBe(2);
    expect(stderr).toContain('--shop must be a name.myshopify.com domain (got "not a shop")');
  });
});
