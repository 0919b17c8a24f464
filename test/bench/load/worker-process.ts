/**
 * `npm run worker` as the many-shop bench runs it: the worker role on Postgres and BullMQ, pointed at the bench's
 * emulator. argv[2] is JSON {database, redisUrl, emulatorUrl}. Prints `ready` once it takes jobs; exits on SIGTERM.
 */
import { Writable } from 'node:stream';
import { createApp } from '@tandem/web/app';
import { loadConfig } from '@tandem/web/config';
import { createDatabase, type DatabaseOptions } from '@tandem/web/store/index';
import { BENCH_APP } from '../sync/bench-app.js';

const args = JSON.parse(process.argv[2] ?? '{}') as {
  database: DatabaseOptions;
  redisUrl: string;
  emulatorUrl: string;
};
const base = loadConfig({
  SHOPIFY_EMULATOR_URL: args.emulatorUrl,
  REDIS_URL: args.redisUrl,
  LOG_LEVEL: 'silent',
});
const app = await createApp(
  { ...base, shopify: { ...base.shopify, apiKey: BENCH_APP.clientId, apiSecret: BENCH_APP.clientSecret } },
  {
    role: 'worker',
    database: createDatabase(args.database),
    logDestination: new Writable({ write: (_c, _e, done) => done() }),
  },
);
await app.startJobs();
process.stdout.write('ready\n');
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
