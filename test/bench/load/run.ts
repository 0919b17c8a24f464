/**
 * `npm run bench:load [-- --parts webhooks,events,shops --step-seconds 4 --shops 200 --products 200 --orders 800]`:
 * loopback load, bounded in count and time.
 * - webhooks: signed orders/create at rising rates against one app process, SQLite (single process, jobs in it)
 *   and Postgres (scale-mode web process, BullMQ on a private Redis): the highest rate with p99 < 50 ms and no
 *   error, as a ratio of the same process's bare /healthz ceiling; every acknowledged webhook must be stored.
 * - events: pixel batches (20 events) the same way.
 * - shops: many shops' first syncs at once through two workers (many-shops.ts). Postgres only.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchBackends } from '../support/backends.js';
import { freePort, killHard, startRedis } from '../../support/processes.js';
import {
  ceiling,
  EVENTS_PER_BATCH,
  health,
  orderWebhooks,
  pixelBatches,
  rampTarget,
  startTarget,
  type Target,
} from './http-load.js';
import { manyShopSync } from './many-shops.js';

const PARTS = ['webhooks', 'events', 'shops'] as const;
type Part = (typeof PARTS)[number];

const { values } = parseArgs({
  options: {
    parts: { type: 'string', default: PARTS.join(',') },
    'step-seconds': { type: 'string', default: '4' },
    shops: { type: 'string', default: '200' },
    products: { type: 'string', default: '200' },
    orders: { type: 'string', default: '800' },
    workers: { type: 'string', default: '2' },
  },
});
const positive = (name: string, given: string): number => {
  const value = Number(given);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`--${name} must be a positive whole number (got "${given}")`);
  return value;
};
const parts = values.parts.split(',');
const unknown = parts.filter((part) => !PARTS.includes(part as Part));
if (unknown.length > 0)
  throw new Error(`unknown --parts ${unknown.join(', ')}; choose from ${PARTS.join(', ')}`);
const stepSeconds = positive('step-seconds', values['step-seconds']);
const out = (line: string) => process.stdout.write(`${line}\n`);

const HEALTH_RATES = [1_000, 1_400, 2_000, 2_800, 4_000, 5_600, 8_000];
const WEBHOOK_RATES = [250, 350, 500, 700, 1_000, 1_400, 2_000, 2_800, 4_000];
const BATCH_RATES = [50, 100, 150, 200, 300, 400, 600, 800];

async function measure(target: Target, drain: boolean): Promise<void> {
  const { steps: healthSteps } = await rampTarget(
    target,
    HEALTH_RATES,
    stepSeconds,
    health,
    'GET /healthz',
    false,
    out,
  );
  const baseline = ceiling(healthSteps);
  out(`  → baseline: /healthz holds ${baseline.toLocaleString('en-US')}/s`);
  if (parts.includes('webhooks')) {
    const before = await target.ask({ kind: 'stored' });
    const { steps, acknowledged } = await rampTarget(
      target,
      WEBHOOK_RATES,
      stepSeconds,
      orderWebhooks(),
      'webhooks',
      drain,
      out,
    );
    const after = await target.ask({ kind: 'stored' });
    const stored =
      after.kind === 'stored' && before.kind === 'stored' ? after.deliveries - before.deliveries : 0;
    const best = ceiling(steps);
    out(
      `  → webhooks: ${best.toLocaleString('en-US')}/s with p99 < 50 ms and 0 errors (${baseline > 0 ? `×${(best / baseline).toFixed(2)}` : 'n/a'} of /healthz); ${acknowledged.toLocaleString('en-US')} acknowledged, ${stored.toLocaleString('en-US')} stored${stored === acknowledged ? '' : ' ✗ MISMATCH'}`,
    );
  }
  if (parts.includes('events')) {
    const { steps } = await rampTarget(
      target,
      BATCH_RATES,
      stepSeconds,
      pixelBatches(),
      'batches',
      drain,
      out,
    );
    const best = ceiling(steps);
    out(
      `  → pixel events: ${best.toLocaleString('en-US')} batches/s = ${(best * EVENTS_PER_BATCH).toLocaleString('en-US')} events/s with p99 < 50 ms and 0 errors (${baseline > 0 ? `×${(best / baseline).toFixed(2)}` : 'n/a'} of /healthz requests)`,
    );
  }
}

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tandem-load-bench-'));
try {
  if (parts.includes('webhooks') || parts.includes('events')) {
    out(
      `http load: open-loop steps of ${stepSeconds} s, a failed step is tried again, stop at the first that fails twice (p99 ≥ 50 ms or an error)`,
    );
    for (const backend of await benchBackends(dir)) {
      const redisPort = backend.name === 'postgres' ? await freePort() : undefined;
      const redis = redisPort === undefined ? undefined : await startRedis(redisPort);
      try {
        out(
          `${backend.name === 'sqlite' ? 'sqlite, one process with in-process jobs' : 'postgres, scale-mode web process (BullMQ)'}:`,
        );
        const target = await startTarget(
          await backend.options('load'),
          redisPort === undefined ? undefined : `redis://127.0.0.1:${redisPort}`,
        );
        try {
          await measure(target, backend.name === 'sqlite');
        } finally {
          await target.stop();
        }
      } finally {
        if (redis) await killHard(redis);
        await backend.cleanup();
      }
    }
  }
  if (parts.includes('shops')) {
    await manyShopSync({
      shops: positive('shops', values.shops),
      products: positive('products', values.products),
      orders: positive('orders', values.orders),
      workers: positive('workers', values.workers),
      out,
    });
  }
} finally {
  await fs.rm(dir, { recursive: true, force: true });
}
