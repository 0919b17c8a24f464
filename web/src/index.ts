/**
 * `npm start`: the only side-effecting entry of the web process. Reads config, builds the app, listens, and shuts
 * down gracefully on SIGINT/SIGTERM. With nothing configured it is the local demo, whose code (dev/) is loaded only
 * then: a start with real credentials never loads the demo or the Shopify emulator.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { ConfigError } from './errors.js';
import { createLogger } from './logger.js';
import { parseStartArgs, START_USAGE } from './start-args.js';

async function main(): Promise<void> {
  const args = parseStartArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${START_USAGE}\n`);
    return;
  }
  const loaded = loadConfig();
  const local = loaded.shopify.mode === 'emulator' && !loaded.shopify.emulatorUrl;
  if (args.reset && !local)
    throw new ConfigError(
      '--reset wipes the local demo; it needs emulator mode without SHOPIFY_EMULATOR_URL',
    );
  const startup = local
    ? await (
        await import('./dev/index.js')
      ).startLocalDemo(loaded, args, { stdout: process.stdout, stderr: process.stderr })
    : { config: loaded, logger: createLogger(loaded), logDestination: undefined, demo: undefined };
  const { config, logger, demo } = startup;
  const role = config.queue.kind === 'bullmq' ? 'web' : 'all';
  const app = await createApp(config, {
    role,
    ...(startup.logDestination && { logDestination: startup.logDestination }),
  });
  if (role === 'all') await app.startJobs();
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.server
      .listen(config.port, config.host, () => resolve(listening))
      .once('error', reject);
  });
  logger.info(
    { url: `http://localhost:${config.port}`, role, database: app.database.target, queue: config.queue.kind },
    'Tandem is ready',
  );
  // Longer than a load balancer's usual idle timeout (60 s): otherwise the app may close a connection the
  // balancer is just reusing, and that request fails with a 502.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const port = (server.address() as AddressInfo).port;
  // The demo installs, syncs, mines and publishes through the running server; upkeep timers start after it.
  await demo?.bootstrap(app, { localUrl: `http://127.0.0.1:${port}`, publicUrl: `http://localhost:${port}` });
  app.startTimers();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server.close();
    server.closeIdleConnections();
    await app.close();
    await demo?.emulator.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  // A ConfigError lists every problem already; anything else gets its stack.
  process.stderr.write(
    error instanceof ConfigError
      ? `${error.message}\n`
      : `Tandem failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
