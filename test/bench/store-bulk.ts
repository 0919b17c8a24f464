// Bulk order-line upserts: 1M lines through OrderStore.upsertOrders on SQLite (and Postgres when
// TEST_DATABASE_URL is set), against a naive one-row-per-statement writer measured on a sample in the same run.
// Run: npx tsx --conditions=tandem-source test/bench/store-bulk.ts [--lines 1000000] [--baseline-lines 20000]
import { pathToFileURL } from 'node:url';
import { createStores, type Database, type Stores } from '@tandem/web/store/index';
import type { OrderWithLines } from '@tandem/web/domain/index';
import { openTestDatabase, optionalTestDatabaseUrl, uniqueShop, type SqlBackend } from '../support/db.js';
import { migrateToLatest } from '@tandem/web/store/index';
import { generateOrderBatches } from './store-bulk-data.js';
import { naiveUpsertOrders } from './store-bulk-naive.js';
import { RssSampler } from './rss-sampler.js';

export interface StoreBulkResult {
  readonly backend: SqlBackend;
  readonly lines: number;
  readonly bulkLinesPerSecond: number;
  readonly naiveLinesPerSecond: number;
  /** How many times faster the bulk path is than the naive writer (lines/s ÷ lines/s). */
  readonly speedup: number;
  readonly streamLinesPerSecond: number;
  readonly peakRssMb: number;
}

export interface StoreBulkOptions {
  readonly lines?: number;
  readonly baselineLines?: number;
  /** Orders per upsertOrders call, as a sync page or bulk-file chunk would pass them. */
  readonly ordersPerCall?: number;
  readonly backends?: readonly SqlBackend[];
  readonly log?: (line: string) => void;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

async function timeUpserts(
  write: (orders: readonly OrderWithLines[]) => Promise<unknown>,
  lines: number,
  ordersPerCall: number,
  seed: number,
) {
  let written = 0;
  let elapsed = 0;
  let cpu = 0;
  for (const batch of generateOrderBatches({ lines, ordersPerCall, seed })) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    await write(batch);
    const used = process.cpuUsage(cpuStart);
    cpu += (used.user + used.system) / 1e6;
    elapsed += performance.now() - start;
    written += batch.reduce((sum, order) => sum + order.lines.length, 0);
  }
  return { written, seconds: elapsed / 1000, cpuSeconds: cpu };
}

// Wall time is what a merchant waits; CPU time of this process (SQLite runs in it, Postgres does not) stays
// comparable when other work shares the machine.
const cpuNote = (run: { written: number; cpuSeconds: number }) =>
  `${fmt(run.written / run.cpuSeconds)} lines per CPU-second here`;

async function streamAll(stores: Stores, shop: string) {
  const start = performance.now();
  let lines = 0;
  for await (const batch of stores.orders.streamLines(shop, { ordersPerBatch: 2_000 })) lines += batch.length;
  return { lines, seconds: (performance.now() - start) / 1000 };
}

async function benchBackend(
  backend: SqlBackend,
  options: Required<Omit<StoreBulkOptions, 'backends'>>,
): Promise<StoreBulkResult> {
  const { lines, baselineLines, ordersPerCall, log } = options;
  const test = await openTestDatabase(backend);
  try {
    const database: Database = test.database;
    await migrateToLatest(database);
    const stores = createStores(database);
    const sampler = new RssSampler();
    const bulkShop = uniqueShop();
    const bulk = await timeUpserts(
      (orders) => stores.orders.upsertOrders(bulkShop, orders),
      lines,
      ordersPerCall,
      1,
    );
    const peakRssMb = sampler.stop();
    const stored = await stores.orders.countLines(bulkShop);
    if (stored !== bulk.written) throw new Error(`expected ${bulk.written} lines stored, found ${stored}`);
    const naiveShop = uniqueShop();
    const naive = await timeUpserts(
      (orders) => naiveUpsertOrders(database, naiveShop, orders),
      baselineLines,
      ordersPerCall,
      2,
    );
    const stream = await streamAll(stores, bulkShop);
    const bulkRate = bulk.written / bulk.seconds;
    const naiveRate = naive.written / naive.seconds;
    const streamRate = stream.lines / stream.seconds;
    log(`store-bulk [${backend}]`);
    log(
      `  bulk upsert  ${fmt(bulk.written)} lines in ${bulk.seconds.toFixed(1)} s → ${fmt(bulkRate)} lines/s (${cpuNote(bulk)}), peak RSS ${fmt(peakRssMb)} MB`,
    );
    log(
      `  naive        ${fmt(naive.written)} lines in ${naive.seconds.toFixed(1)} s → ${fmt(naiveRate)} lines/s (${cpuNote(naive)}; one statement per row)`,
    );
    log(`  ratio        bulk is ${(bulkRate / naiveRate).toFixed(1)}× the naive rate`);
    log(
      `  stream read  ${fmt(stream.lines)} lines in ${stream.seconds.toFixed(1)} s → ${fmt(streamRate)} lines/s`,
    );
    return {
      backend,
      lines: bulk.written,
      bulkLinesPerSecond: bulkRate,
      naiveLinesPerSecond: naiveRate,
      speedup: bulkRate / naiveRate,
      streamLinesPerSecond: streamRate,
      peakRssMb,
    };
  } finally {
    await test.drop();
  }
}

/** Runs the benchmark on SQLite, and on Postgres when TEST_DATABASE_URL is set; prints and returns the figures. */
export async function runStoreBulkBench(options: StoreBulkOptions = {}): Promise<StoreBulkResult[]> {
  const settings = {
    lines: options.lines ?? 1_000_000,
    baselineLines: options.baselineLines ?? 20_000,
    ordersPerCall: options.ordersPerCall ?? 2_500,
    log: options.log ?? ((line: string) => console.log(line)),
  };
  const backends =
    options.backends ?? (optionalTestDatabaseUrl() === undefined ? ['sqlite'] : ['sqlite', 'postgres']);
  const results: StoreBulkResult[] = [];
  for (const backend of backends) results.push(await benchBackend(backend, settings));
  return results;
}

function flag(name: string): number | undefined {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? undefined : Number(process.argv[index + 1]);
  return value !== undefined && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const lines = flag('lines');
  const baselineLines = flag('baseline-lines');
  await runStoreBulkBench({ ...(lines ? { lines } : {}), ...(baselineLines ? { baselineLines } : {}) });
}
