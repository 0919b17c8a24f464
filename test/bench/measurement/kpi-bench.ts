/**
 * `npm run bench:kpis`: a dashboard read on a shop with a million pixel events in one day. The server process
 * (kpi-server.ts) seeds the day through the stores (100,000 checkouts × 10 events, a third ordered) and serves
 * `/healthz`, `/api/kpis` and the rollup job on an in-process queue. This driver then times, in one run:
 *   - `/healthz` with nothing else going on (the baseline every other figure is a ratio to),
 *   - the rollup job of that day, with `/healthz` asked back to back while it runs (its worst and p99 latency:
 *     whether the job blocks other requests),
 *   - `/api/kpis` over 30 days once the rollup is stored (p50/p99), with `/healthz` asked beside it.
 * SQLite always; Postgres too when TEST_DATABASE_URL is set. The machine may be shared: compare the ratios.
 * Options: --checkouts N (default 100000) --events-per-checkout K (default 10) --reads R (default 30).
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { DatabaseOptions } from '@tandem/web/store/index';
import { startScript } from '../../support/processes.js';
import { benchBackends } from '../support/backends.js';

const { values } = parseArgs({
  options: {
    checkouts: { type: 'string' },
    'events-per-checkout': { type: 'string' },
    reads: { type: 'string' },
  },
});
const checkouts = Number(values.checkouts ?? 100_000);
const eventsPerCheckout = Number(values['events-per-checkout'] ?? 10);
const reads = Number(values.reads ?? 30);
const SHOP = 'kpi-bench.myshopify.com';
const DAY = '2026-11-02';

const percentile = (samples: readonly number[], p: number): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

async function timed(url: string, init?: RequestInit): Promise<{ ms: number; body: unknown }> {
  const began = performance.now();
  const response = await fetch(url, init);
  const body: unknown = await response.json();
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${JSON.stringify(body)}`);
  return { ms: performance.now() - began, body };
}

/** Asks /healthz back to back until `stop` resolves; the latencies seen. */
async function probeHealth(url: string, stop: Promise<unknown>): Promise<number[]> {
  let stopped = false;
  void stop.finally(() => (stopped = true));
  const samples: number[] = [];
  while (!stopped) samples.push((await timed(`${url}/healthz`)).ms);
  return samples;
}

interface Figures {
  readonly seeded: number;
  readonly idle: readonly number[];
  readonly rollupMs: number;
  readonly duringRollup: readonly number[];
  readonly kpis: readonly number[];
  readonly besideKpis: readonly number[];
  readonly pendingDays: number;
}

async function run(database: DatabaseOptions): Promise<Figures> {
  const { child, firstLine } = startScript(new URL('./kpi-server.ts', import.meta.url), {
    database,
    shop: SHOP,
    day: DAY,
    checkouts,
    eventsPerCheckout,
  });
  const { url, seeded } = JSON.parse(await firstLine) as { url: string; seeded: number };
  try {
    const idle: number[] = [];
    for (let i = 0; i < 200; i += 1) idle.push((await timed(`${url}/healthz`)).ms);
    const rollup = timed(`${url}/bench/rollup`, { method: 'POST' });
    const duringRollup = await probeHealth(url, rollup);
    const rollupMs = ((await rollup).body as { ms: number }).ms;
    const kpis: number[] = [];
    let pendingDays = -1;
    const readsDone = (async () => {
      for (let i = 0; i < reads; i += 1) {
        const read = await timed(`${url}/api/kpis?from=2026-10-04&to=${DAY}`);
        kpis.push(read.ms);
        pendingDays = (read.body as { pendingDays: number }).pendingDays;
      }
    })();
    const besideKpis = await probeHealth(url, readsDone);
    await readsDone;
    return { seeded, idle, rollupMs, duringRollup, kpis, besideKpis, pendingDays };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tandem-kpi-bench-'));
process.stdout.write(
  `kpi bench: one shop, ${(checkouts * eventsPerCheckout).toLocaleString('en-US')} events in one day (${checkouts.toLocaleString('en-US')} checkouts), ${reads} dashboard reads of 30 days\n`,
);
try {
  for (const backend of await benchBackends(dir)) {
    try {
      const f = await run(await backend.options('kpis'));
      const idleP99 = percentile(f.idle, 99);
      const name = backend.name.padEnd(8);
      process.stdout.write(
        [
          `${name} seeded ${f.seeded.toLocaleString('en-US')} events`,
          `${name} /healthz idle (baseline)        p50 ${ms(percentile(f.idle, 50))}  p99 ${ms(idleP99)}`,
          `${name} rollup job of the day           ${ms(f.rollupMs)}`,
          `${name} /healthz during the rollup      p50 ${ms(percentile(f.duringRollup, 50))}  p99 ${ms(percentile(f.duringRollup, 99))}  max ${ms(Math.max(...f.duringRollup))}  (${f.duringRollup.length} asked; p99 ÷ baseline ×${(percentile(f.duringRollup, 99) / idleP99).toFixed(1)})`,
          `${name} /api/kpis (30 days)             p50 ${ms(percentile(f.kpis, 50))}  p99 ${ms(percentile(f.kpis, 99))}  max ${ms(Math.max(...f.kpis))}  (pendingDays ${f.pendingDays})`,
          `${name} /healthz beside /api/kpis       p50 ${ms(percentile(f.besideKpis, 50))}  p99 ${ms(percentile(f.besideKpis, 99))}  max ${ms(Math.max(...f.besideKpis))}`,
        ].join('\n') + '\n',
      );
    } finally {
      await backend.cleanup();
    }
  }
} finally {
  await fs.rm(dir, { recursive: true, force: true });
}
