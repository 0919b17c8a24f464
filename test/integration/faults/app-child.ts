/**
 * The app in its own process, so a test can kill -9 it. argv[2] is JSON {role, database, redisUrl?, emulatorUrl,
 * port?, clientId, clientSecret}: role `all` with in-process jobs listening on `port` (as `npm start` runs it), or
 * role `worker` on BullMQ (as `npm run worker` does). Prints `ready` once it listens or takes jobs.
 */
import { createServer } from 'node:http';
import { createApp } from '@tandem/web/app';
import { loadConfig } from '@tandem/web/config';
import { createDatabase } from '@tandem/web/store/index';
import type { AppChildArgs } from './app-child-process.js';

const args = JSON.parse(process.argv[2] ?? '{}') as AppChildArgs;
const config = loadConfig({
  SHOPIFY_EMULATOR_URL: args.emulatorUrl,
  LOG_LEVEL: 'warn',
  ...(args.redisUrl && { REDIS_URL: args.redisUrl }),
  ...(args.lockMs && { JOB_LOCK_MS: String(args.lockMs) }),
});
const app = await createApp(
  {
    ...config,
    shopify: {
      ...config.shopify,
      apiKey: args.clientId,
      apiSecret: args.clientSecret,
      appUrl: `http://127.0.0.1:${args.port ?? 0}`,
    },
  },
  { role: args.role, database: createDatabase(args.database), logDestination: process.stderr },
);
app.queue.onEvent((event) => {
  if (event.kind === 'failed' || event.kind === 'retrying')
    app.logger.warn({ job: event.name, attempt: event.attempt, err: event.error }, `job ${event.kind}`);
});
await app.startJobs();
if (args.role === 'worker') {
  process.stdout.write('ready\n');
} else {
  // A short sweep interval: deliveries persisted before a crash are re-enqueued soon after the restart.
  app.startTimers(500);
  createServer(app.server).listen(args.port, '127.0.0.1', () => process.stdout.write('ready\n'));
}
