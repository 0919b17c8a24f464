/**
 * Many shops syncing at once through scale mode: `shops` emulated shops at Shopify's standard rate limit, each
 * installed and its first full sync enqueued at the same moment, run by `workers` worker processes (Postgres +
 * a private Redis). Reports the total time next to the sum of the shops' rate-limit ceilings (the time each
 * shop's sync must take at 100 points/s once its 2,000-point bucket is spent: what syncing them one after
 * another would cost) and the longest any shop waited before its sync started.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { createJobQueue } from '@tandem/web/queue/index';
import { createDatabase, createStores, migrateToLatest } from '@tandem/web/store/index';
import type { TandemJobs } from '@tandem/web/jobs/types';
import { optionalTestDatabaseUrl } from '../../support/db.js';
import { storeInstall } from '../../support/install.js';
import { BENCH_APP } from '../sync/bench-app.js';
import { freePort, killHard, startRedis, startScript } from '../../support/processes.js';

const RESTORE_RATE = 100;
const BUCKET = 2_000;

export interface ManyShopOptions {
  readonly shops: number;
  readonly products: number;
  readonly orders: number;
  readonly workers: number;
  readonly out: (line: string) => void;
}

const seconds = (from: string | number, to: string | number) =>
  (new Date(to).getTime() - new Date(from).getTime()) / 1000;

export async function manyShopSync(options: ManyShopOptions): Promise<void> {
  const { out } = options;
  const url = optionalTestDatabaseUrl();
  if (url === undefined) {
    out('many-shop sync: skipped (scale mode needs Postgres: set TEST_DATABASE_URL)');
    return;
  }
  out(
    `many-shop sync: ${options.shops} shops × (${options.products} products, ${options.orders} orders), ${options.workers} workers, bucket ${BUCKET}, restore ${RESTORE_RATE}/s`,
  );
  const children: ChildProcess[] = [];
  const admin = createDatabase({ kind: 'postgres', url, poolSize: 1 });
  const schema = `b_${randomBytes(6).toString('hex')}`;
  await sql.raw(`create schema ${schema}`).execute(admin.db);
  const database = { kind: 'postgres' as const, url, schema, poolSize: 4 };
  const db = createDatabase(database);
  const redisPort = await freePort();
  const redisUrl = `redis://127.0.0.1:${redisPort}`;
  try {
    children.push(await startRedis(redisPort));
    const emulator = startScript(new URL('./shops-emulator-process.ts', import.meta.url), options);
    children.push(emulator.child);
    const { url: emulatorUrl, installs } = JSON.parse(await emulator.firstLine) as {
      url: string;
      installs: { shop: string; accessToken: string }[];
    };
    await migrateToLatest(db);
    const stores = createStores(db);
    for (const { shop, accessToken } of installs) {
      await storeInstall(stores, shop, accessToken, BENCH_APP.scopes);
    }
    for (let n = 0; n < options.workers; n += 1) {
      const worker = startScript(new URL('./worker-process.ts', import.meta.url), {
        database,
        redisUrl,
        emulatorUrl,
      });
      children.push(worker.child);
      await worker.firstLine;
    }

    const queue = createJobQueue<TandemJobs>({ kind: 'bullmq', redisUrl, concurrency: 1, role: 'producer' });
    const enqueuedAt = new Date().toISOString();
    try {
      for (const { shop } of installs)
        await queue.enqueue(
          'sync',
          { shop, kind: 'full' },
          { idempotencyKey: `bench-sync:${shop}`, serialKey: shop },
        );
      const runs = await waitForRuns(
        stores,
        installs.map((install) => install.shop),
      );
      const synced = new Date().toISOString();
      for (;;) {
        const { waiting, active } = await queue.stats();
        if (waiting === 0 && active === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      const published = new Date().toISOString();
      report(options, runs, { enqueuedAt, synced, published });
    } finally {
      await queue.close({ graceMs: 0 });
    }
  } finally {
    for (const child of children.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      await killHard(child);
    }
    await db.close();
    await sql.raw(`drop schema ${schema} cascade`).execute(admin.db);
    await admin.close();
  }

  interface Run {
    readonly shop: string;
    readonly status: string;
    readonly points: number;
    readonly startedAt: string;
    readonly finishedAt: string;
  }

  async function waitForRuns(
    stores: ReturnType<typeof createStores>,
    shops: readonly string[],
  ): Promise<Run[]> {
    let lastReport = Date.now();
    for (;;) {
      const runs = await Promise.all(shops.map((shop) => stores.syncRuns.latest(shop, 'full')));
      const finished = runs.filter((run) => run?.finishedAt);
      if (finished.length === shops.length)
        return finished.map((run) => ({
          shop: run?.shop ?? '',
          status: run?.status ?? '',
          points: run?.costSpent ?? 0,
          startedAt: run?.startedAt ?? run?.createdAt ?? '',
          finishedAt: run?.finishedAt ?? '',
        }));
      if (Date.now() - lastReport > 30_000) {
        out(`  … ${finished.length} of ${shops.length} shops synced`);
        lastReport = Date.now();
      }
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }

  function report(
    settings: ManyShopOptions,
    runs: readonly Run[],
    at: { enqueuedAt: string; synced: string; published: string },
  ): void {
    const ceilings = runs.map((run) => Math.max(0, (run.points - BUCKET) / RESTORE_RATE));
    const sumCeilings = ceilings.reduce((a, b) => a + b, 0);
    const sumSustained = runs.reduce((sum, run) => sum + run.points / RESTORE_RATE, 0);
    const waits = runs.map((run) => seconds(at.enqueuedAt, run.startedAt)).sort((a, b) => a - b);
    const durations = runs.map((run) => seconds(run.startedAt, run.finishedAt)).sort((a, b) => a - b);
    const total = seconds(at.enqueuedAt, at.synced);
    const failed = runs.filter((run) => run.status !== 'succeeded').length;
    const points = runs.reduce((sum, run) => sum + run.points, 0);
    out(
      `  synced: ${runs.length - failed} of ${runs.length} shops${failed ? ` (${failed} failed)` : ''}; ${points.toLocaleString('en-US')} points in all (${Math.round(points / runs.length)} per shop)`,
    );
    out(
      `  total ${total.toFixed(1)} s to sync every shop, ${seconds(at.enqueuedAt, at.published).toFixed(1)} s until their offers were published`,
    );
    out(
      `  sum of rate-limit ceilings ${sumCeilings.toFixed(1)} s (largest shop's ${Math.max(...ceilings).toFixed(1)} s)${sumCeilings > 0 ? ` → total ÷ sum ×${(total / sumCeilings).toFixed(3)}` : ''}; ` +
        `sum of points ÷ restore rate ${sumSustained.toFixed(1)} s → total ÷ sum ×${(total / sumSustained).toFixed(3)}`,
    );
    out(
      `  sync duration per shop p50 ${durations[Math.floor(durations.length / 2)]?.toFixed(1)} s, max ${durations.at(-1)?.toFixed(1)} s`,
    );
    out(
      `  wait before a shop's sync started: p50 ${waits[Math.floor(waits.length / 2)]?.toFixed(1)} s, worst ${waits.at(-1)?.toFixed(1)} s`,
    );
    out(
      `  ${Math.round(((runs.length / total) * 3600) / settings.workers).toLocaleString('en-US')} shops synced per worker-hour at this size`,
    );
  }
}
