/**
 * The app (web role with in-process jobs, as `npm start` runs it) in its own process, so a test can kill -9 it.
 * argv[2] is JSON: emulator URL, SQLite file, port, app credentials. Prints `ready` once it listens.
 */
import { createServer } from 'node:http';
import { createApp } from '@tandem/web/app';
import { loadConfig } from '@tandem/web/config';
import { createDatabase } from '@tandem/web/store/index';

interface ChildArgs {
  readonly emulatorUrl: string;
  readonly sqliteFile: string;
  readonly port: number;
  readonly clientId: string;
  readonly clientSecret: string;
}

const args = JSON.parse(process.argv[2] ?? '{}') as ChildArgs;
const config = loadConfig({ SHOPIFY_EMULATOR_URL: args.emulatorUrl, LOG_LEVEL: 'warn' });
const app = await createApp(
  {
    ...config,
    shopify: {
      ...config.shopify,
      apiKey: args.clientId,
      apiSecret: args.clientSecret,
      appUrl: `http://127.0.0.1:${args.port}`,
    },
  },
  {
    role: 'all',
    database: createDatabase({ kind: 'sqlite', filename: args.sqliteFile }),
    logDestination: process.stderr,
  },
);
app.queue.onEvent((event) => {
  if (event.kind === 'failed' || event.kind === 'retrying')
    app.logger.warn({ job: event.name, attempt: event.attempt, err: event.error }, `job ${event.kind}`);
});
await app.startJobs();
// A short sweep interval: deliveries persisted before a crash are re-enqueued soon after the restart.
app.startTimers(500);
createServer(app.server).listen(args.port, '127.0.0.1', () => process.stdout.write('ready\n'));
