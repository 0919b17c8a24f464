/**
 * Sync benchmark (`npm run bench:sync`): a full sync of a 25,000-product (≈ 62,500 variants) / 100,000-order emulated
 * shop at Shopify's standard rate (bucket 2,000, restore 100/s), on the emulator's time scale, once page by page and
 * once through bulk operations. The shop and each sync run in their own processes, so peak RSS is the sync's own.
 *
 * Paged efficiency = theoretical cost-limited minimum / wall time, where the minimum is (points − 2,000 initial
 * bucket) ÷ 100 points/s. Goal ≥ 85 %, with 0 THROTTLED answers. The emulated clock runs `scale` times faster than
 * the real one whatever the CPU does, so on a busy machine the emulator's own per-request work shows up as lost
 * efficiency: lower the scale (`npm run bench:sync -- --scale 2`) for a figure less sensitive to load.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SyncPath } from '@tandem/web/domain/index';
import { startScript } from '../../support/processes.js';
import type { SyncProcessResult } from './sync-process.js';

const RESTORE_RATE = 100;
const BUCKET = 2_000;

export interface SyncBenchOptions {
  readonly products?: number;
  readonly orders?: number;
  /** Emulated seconds per real second. */
  readonly scale?: number;
  readonly paths?: readonly SyncPath[];
  readonly out?: (line: string) => void;
}

export interface SyncBenchResult extends SyncProcessResult {
  /** (points − initial bucket) ÷ restore rate, in seconds. */
  readonly minimumSeconds: number;
  /** minimumSeconds ÷ wallSeconds (paged path). */
  readonly efficiency: number;
  /** Peak RSS of a process that only loads the sync and opens its database. */
  readonly baselineRssMb: number;
}

export async function runSyncBench(options: SyncBenchOptions = {}): Promise<SyncBenchResult[]> {
  const out = options.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const scale = options.scale ?? 4;
  const products = options.products ?? 25_000;
  const orders = options.orders ?? 100_000;
  out(
    `sync bench: ${products.toLocaleString('en-US')} products / ${orders.toLocaleString('en-US')} orders, bucket ${BUCKET}, restore ${RESTORE_RATE}/s, time scale ×${scale}`,
  );
  const emulator = startScript(new URL('./emulator-process.ts', import.meta.url), {
    products,
    orders,
    scale,
  });
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tandem-sync-bench-'));
  try {
    const shop = JSON.parse(await emulator.firstLine) as {
      url: string;
      shop: string;
      accessToken: string;
      counts: Record<string, number>;
    };
    out(
      `shop: ${Object.entries(shop.counts)
        .map(([key, value]) => `${value.toLocaleString('en-US')} ${key}`)
        .join(', ')}`,
    );
    const baseline = JSON.parse(
      await startScript(new URL('./sync-process.ts', import.meta.url), {
        baseline: true,
        sqliteFile: path.join(dir, 'baseline.sqlite'),
      }).firstLine,
    ) as { peakRssMb: number };
    out(
      `baseline: a process that loads the sync and opens its database peaks at ${baseline.peakRssMb} MB RSS`,
    );
    const results: SyncBenchResult[] = [];
    for (const syncPath of options.paths ?? (['paged', 'bulk'] as const)) {
      const sync = startScript(new URL('./sync-process.ts', import.meta.url), {
        url: shop.url,
        shop: shop.shop,
        accessToken: shop.accessToken,
        path: syncPath,
        scale,
        sqliteFile: path.join(dir, `${syncPath}.sqlite`),
      });
      const measured = JSON.parse(await sync.firstLine) as SyncProcessResult;
      const minimumSeconds = Math.max(0, (measured.points - BUCKET) / RESTORE_RATE);
      const result = {
        ...measured,
        minimumSeconds,
        efficiency: measured.wallSeconds > 0 ? minimumSeconds / measured.wallSeconds : 0,
        baselineRssMb: baseline.peakRssMb,
      };
      results.push(result);
      out(describe(result));
      // Let the bucket refill before the next path (20 emulated seconds).
      await new Promise((resolve) => setTimeout(resolve, ((BUCKET / RESTORE_RATE) * 1000) / scale));
    }
    return results;
  } finally {
    emulator.child.kill('SIGTERM');
    await fs.rm(dir, { recursive: true, force: true });
  }
}

function describe(result: SyncBenchResult): string {
  const counts = `${result.counts['products'] ?? 0} products, ${result.counts['variants'] ?? 0} variants, ${result.counts['orders'] ?? 0} orders, ${result.counts['lines'] ?? 0} lines`;
  const common = `${result.path.padEnd(5)} ${result.status}: ${counts}; ${result.requests} requests, ${result.points.toLocaleString('en-US')} points; wall ${result.wallSeconds.toFixed(1)} s (emulated); peak RSS ${result.peakRssMb} MB (baseline ${result.baselineRssMb} MB, ×${(result.peakRssMb / result.baselineRssMb).toFixed(2)}); THROTTLED ${result.throttled}${result.throttled > 0 ? ` (${result.throttledOperations.join(', ')})` : ''}, retries ${result.retries}`;
  if (result.path === 'bulk') return common;
  return `${common}; cost-limited minimum ${result.minimumSeconds.toFixed(1)} s → ${(result.efficiency * 100).toFixed(1)} % of the ceiling`;
}

/** `--scale 2 --products 5000 --orders 20000 --paths paged` (all optional). */
function parseArgs(argv: readonly string[]): SyncBenchOptions {
  const value = (flag: string): string | undefined => {
    const index = argv.indexOf(flag);
    return index === -1 ? undefined : argv[index + 1];
  };
  const number = (flag: string): number | undefined => {
    const given = value(flag);
    if (given === undefined) return undefined;
    const parsed = Number(given);
    if (!Number.isFinite(parsed) || parsed <= 0)
      throw new Error(`${flag} must be a positive number (got "${given}")`);
    return parsed;
  };
  const paths = value('--paths')?.split(',');
  if (paths?.some((entry) => entry !== 'paged' && entry !== 'bulk'))
    throw new Error(`--paths takes paged and/or bulk (got "${paths.join(',')}")`);
  const options: { -readonly [K in keyof SyncBenchOptions]: SyncBenchOptions[K] } = {};
  const scale = number('--scale');
  const products = number('--products');
  const orders = number('--orders');
  if (scale !== undefined) options.scale = scale;
  if (products !== undefined) options.products = products;
  if (orders !== undefined) options.orders = orders;
  if (paths) options.paths = paths as SyncPath[];
  return options;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await runSyncBench(parseArgs(process.argv.slice(2)));
}
