/**
 * `npm run worker`: a job-running process for scale mode (REDIS_URL set). Any number may run beside the web
 * processes; each takes jobs from Redis and finishes or hands them back on SIGTERM.
 */
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { ConfigError } from './errors.js';

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.queue.kind !== 'bullmq') {
    throw new ConfigError(
      'npm run worker needs REDIS_URL: without it, `npm start` runs jobs in its own process',
    );
  }
  const app = await createApp(config, { role: 'worker' });
  await app.startJobs();
  app.logger.info({ database: app.database.target }, 'worker ready');
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, 'worker shutting down');
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    error instanceof ConfigError
      ? `${error.message}\n`
      : `Worker failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
