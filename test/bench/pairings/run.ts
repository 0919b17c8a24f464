// Pairing-mining benchmark: the engine's streaming miner against a straightforward Map<pairKey, count> counter
// over the same 1M-order / 50k-product CSV, each in its own child process (own wall time, own peak RSS).
// Run: npx tsx --conditions=tandem-source test/bench/pairings/run.ts [--orders N] [--products N] [--csv path]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { benchOrdersCsv } from './bench-data.js';
import type { CountMode, CountResult } from './count-pairs.js';

export interface PairingsBenchResult {
  readonly csv: string;
  readonly engine: CountResult;
  readonly map: CountResult;
  /** engine ÷ Map: goal ≤ 1/3 for wall time, ≤ 1/4 for peak RSS. */
  readonly wallRatio: number;
  readonly cpuRatio: number;
  readonly rssRatio: number;
}

export interface PairingsBenchOptions {
  readonly orders?: number;
  readonly products?: number;
  readonly seed?: number;
  /** Use this orders CSV instead of generating one. */
  readonly csv?: string;
  readonly log?: (line: string) => void;
}

/** Bundles the counting script to plain JS so both children run on bare node (no TypeScript loader in RSS). */
async function bundleCounter(directory: string): Promise<string> {
  const outfile = join(directory, 'count-pairs.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./count-pairs.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['tandem-source'],
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

function runChild(script: string, mode: CountMode, csv: string): CountResult {
  const child = spawnSync(process.execPath, [script, mode, csv], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`${mode} counter failed (${child.status}): ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as CountResult;
}

export async function runPairingsBench(options: PairingsBenchOptions = {}): Promise<PairingsBenchResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const csv =
    options.csv ??
    benchOrdersCsv({
      orders: options.orders ?? 1_000_000,
      products: options.products ?? 50_000,
      seed: options.seed ?? 1,
      log,
    });
  const directory = mkdtempSync(join(tmpdir(), 'tandem-pairings-'));
  try {
    const script = await bundleCounter(directory);
    const engine = runChild(script, 'engine', csv);
    const map = runChild(script, 'map', csv);
    const result = {
      csv,
      engine,
      map,
      wallRatio: engine.wallMs / map.wallMs,
      cpuRatio: engine.cpuSeconds / map.cpuSeconds,
      rssRatio: engine.peakRssMb / map.peakRssMb,
    };
    const row = (r: CountResult) =>
      `${r.mode.padEnd(8)} ${r.orders.toLocaleString('en-US').padStart(10)} ${r.pairs.toLocaleString('en-US').padStart(10)} ${(r.wallMs / 1000).toFixed(2).padStart(8)} ${r.cpuSeconds.toFixed(2).padStart(8)} ${r.peakRssMb.toFixed(0).padStart(8)}`;
    log(
      `${'counter'.padEnd(8)} ${'orders'.padStart(10)} ${'pairs≥2'.padStart(10)} ${'wall s'.padStart(8)} ${'cpu s'.padStart(8)} ${'RSS MB'.padStart(8)}`,
    );
    log(row(engine));
    log(row(map));
    log(
      `engine/Map: wall ×${result.wallRatio.toFixed(2)} (goal ≤ 0.33), cpu ×${result.cpuRatio.toFixed(2)}, peak RSS ×${result.rssRatio.toFixed(2)} (goal ≤ 0.25)`,
    );
    if (engine.pairs !== map.pairs)
      log(
        `note: engine kept ${engine.pairs} pairs at the floor, Map found ${map.pairs} (memory-budget pruning)`,
      );
    return result;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { orders: { type: 'string' }, products: { type: 'string' }, csv: { type: 'string' } },
  });
  await runPairingsBench({
    ...(values.orders === undefined ? {} : { orders: Number(values.orders) }),
    ...(values.products === undefined ? {} : { products: Number(values.products) }),
    ...(values.csv === undefined ? {} : { csv: values.csv }),
  });
}
