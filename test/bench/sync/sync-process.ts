/**
 * One full sync of the bench shop in its own process (so its peak RSS is the sync's own), into a fresh SQLite file.
 * argv[2] is JSON {url, shop, accessToken, path, scale, sqliteFile}. Prints one JSON line of measurements.
 * With {baseline: true, sqliteFile} it only loads the same modules and opens the database: the RSS a sync starts from.
 */
import { createAdminClient } from '@tandem/web/shopify/admin/client';
import { emulatorFetch } from '@tandem/web/shopify/emulator-fetch';
import { createDatabase, createStores, migrateToLatest } from '@tandem/web/store/index';
import type { SyncPath } from '@tandem/web/domain/index';
import { runSync } from '@tandem/web/sync/index';
import { ADMIN_API_VERSION } from '@tandem/web/config';

export interface SyncProcessResult {
  readonly path: SyncPath;
  readonly status: string;
  readonly points: number;
  /** Wall time on the emulated clock (real time × scale). */
  readonly wallSeconds: number;
  readonly throttled: number;
  /** Operations that were answered THROTTLED (for diagnosis). */
  readonly throttledOperations: readonly string[];
  readonly retries: number;
  readonly requests: number;
  readonly peakRssMb: number;
  readonly counts: Readonly<Record<string, number>>;
}

const args = JSON.parse(process.argv[2] ?? '{}') as {
  url: string;
  shop: string;
  accessToken: string;
  path: SyncPath;
  scale: number;
  sqliteFile: string;
  baseline?: boolean;
};
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const origin = Date.now();
const nowMs = () => origin + (Date.now() - origin) * args.scale;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms / args.scale));
const database = createDatabase({ kind: 'sqlite', filename: args.sqliteFile });
await migrateToLatest(database);
if (args.baseline) {
  await database.close();
  process.stdout.write(`${JSON.stringify({ peakRssMb: peakRssMb() })}\n`);
  process.exit(0);
}
const throttledOperations: string[] = [];
let retries = 0;
const routed = emulatorFetch(args.url);
const client = createAdminClient({
  shop: args.shop,
  accessToken: args.accessToken,
  apiVersion: ADMIN_API_VERSION,
  fetch: routed,
  now: nowMs,
  sleep,
  log: (event) => {
    if (event.type !== 'retry') return;
    retries += 1;
    if (event.reason === 'THROTTLED') throttledOperations.push(event.operation);
  },
});
const started = nowMs();
const run = await runSync({
  client,
  stores: createStores(database),
  shop: args.shop,
  now: () => new Date(nowMs()),
  sleep,
  fetch: routed,
  options: { customerHashKey: 'bench-hash-key', path: args.path },
});
const wallSeconds = (nowMs() - started) / 1000;
await database.close();
const result: SyncProcessResult = {
  path: args.path,
  status: run.status,
  points: run.costSpent,
  wallSeconds,
  throttled: throttledOperations.length,
  throttledOperations,
  retries,
  requests: run.counts['requests'] ?? 0,
  peakRssMb: peakRssMb(),
  counts: run.counts,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
