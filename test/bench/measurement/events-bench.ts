/**
 * `npm run bench:events`: the public events endpoint under load over loopback. The server runs in its own
 * process; a driver posts pixel-sized batches from many simulated buyers to several shops, bounded in events
 * and seconds, and prints events/s with p50/p99 request latency. Baseline in the same run: the same endpoint
 * and checks writing each request in its own transactions (no group commit). SQLite always; Postgres too
 * when TEST_DATABASE_URL is set. Options: --events N (default 100000) --seconds S (default 20) --clients C (default 32).
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { DatabaseOptions } from '@tandem/web/store/index';
import { startScript } from '../../support/processes.js';
import { benchBackends } from '../support/backends.js';
import { drive, type DriveResult } from './load-driver.js';

const SHOPS = Array.from({ length: 8 }, (_, i) => `events-bench-${i}.myshopify.com`);
const { values } = parseArgs({
  options: { events: { type: 'string' }, seconds: { type: 'string' }, clients: { type: 'string' } },
});
const maxEvents = Number(values.events ?? 100_000);
const maxSeconds = Number(values.seconds ?? 20);
const clients = Number(values.clients ?? 32);

async function serve(
  mode: 'group' | 'direct',
  database: DatabaseOptions,
  run: (url: string) => Promise<DriveResult>,
): Promise<DriveResult> {
  const { child, firstLine } = startScript(new URL('./events-server.ts', import.meta.url), {
    mode,
    database,
    shops: SHOPS,
  });
  const line = await firstLine;
  try {
    return await run((JSON.parse(line) as { url: string }).url);
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

const format = (r: DriveResult) =>
  `${Math.round(r.eventsPerSecond).toLocaleString('en-US').padStart(7)} events/s  p50 ${r.p50Ms.toFixed(1).padStart(6)} ms  p99 ${r.p99Ms.toFixed(1).padStart(6)} ms  ` +
  `(${r.accepted.toLocaleString('en-US')} events in ${r.requests.toLocaleString('en-US')} requests, ${r.seconds.toFixed(1)} s${Object.keys(r.failures).length ? `, failed: ${JSON.stringify(r.failures)}` : ''})`;

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tandem-events-bench-'));
process.stdout.write(
  `events bench: ${clients} clients, 20 events per request, ${SHOPS.length} shops, up to ${maxEvents.toLocaleString('en-US')} events or ${maxSeconds} s per run\n`,
);
try {
  for (const backend of await benchBackends(dir)) {
    try {
      const results: Partial<Record<'direct' | 'group', DriveResult>> = {};
      for (const mode of ['direct', 'group'] as const) {
        const options = await backend.options(mode);
        results[mode] = await serve(mode, options, (url) =>
          drive({ url, shops: SHOPS, clients, batch: 20, maxEvents, maxSeconds }),
        );
        process.stdout.write(
          `${backend.name.padEnd(8)} ${mode === 'group' ? 'group commit' : 'baseline    '} ${format(results[mode])}\n`,
        );
      }
      const ratio = (results.group?.eventsPerSecond ?? 0) / (results.direct?.eventsPerSecond ?? 1);
      process.stdout.write(
        `${backend.name.padEnd(8)} group commit ÷ baseline: ×${ratio.toFixed(2)} events/s\n`,
      );
    } finally {
      await backend.cleanup();
    }
  }
} finally {
  await fs.rm(dir, { recursive: true, force: true });
}
