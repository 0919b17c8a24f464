/**
 * `npm start`: the only side-effecting entry of the web process. Reads config, starts the embedded Shopify
 * emulator in emulator mode, builds the app, listens, and shuts down gracefully on SIGINT/SIGTERM.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { prepareStart } from './demo/index.js';
import { ConfigError } from './errors.js';

async function main(): Promise<void> {
  // With nothing configured this is the local demo: argv flags, status lines, the emulator started in-process.
  const startup = await prepareStart(loadConfig(), process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
  });
  if (startup.kind === 'exit') return;
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
