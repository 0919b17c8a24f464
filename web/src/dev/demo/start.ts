import type { DestinationStream } from 'pino';
import type { App } from '../../app.js';
import type { AppConfig } from '../../config.js';
import { startEmbeddedEmulator, type EmbeddedEmulator } from '../embedded-emulator.js';
import { createLogger, type Logger } from '../../logger.js';
import type { StartArgs } from '../../start-args.js';
import { bootstrapDemo } from './bootstrap.js';
import { demoLogDestination } from './log-destination.js';
import { resetDemoData } from './reset.js';
import { createStatusReporter } from './status.js';

export interface StartIo {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
}

export interface LocalDemo {
  readonly emulator: EmbeddedEmulator;
  /** Runs once the server listens: install, sync, mine, publish, then the URLs. */
  bootstrap(app: App, urls: { readonly localUrl: string; readonly publicUrl: string }): Promise<void>;
}

/** What the local demo gives `npm start`: the config pointing at its emulator, the logger writing to its file. */
export interface LocalStart {
  readonly config: AppConfig;
  readonly logger: Logger;
  readonly logDestination: DestinationStream;
  readonly demo: LocalDemo;
}

/**
 * The part of `npm start` before the app is built when nothing is configured (emulator mode, no external
 * emulator): status lines on the terminal, logs to a file, `--reset` honoured, and the Shopify emulator started
 * in-process with the seeded demo shop.
 */
export async function startLocalDemo(config: AppConfig, args: StartArgs, io: StartIo): Promise<LocalStart> {
  const status = createStatusReporter(
    { write: (text) => io.stdout.write(text), interactive: io.stdout.isTTY === true },
    { startedAt: performance.timeOrigin },
  );
  status.line(`Tandem demo — a Shopify shop, the app, a checkout and what it earned, on this machine`);
  if (args.reset)
    await status.step(
      'reset',
      () => resetDemoData(config),
      () => `removed the demo database and preview orders in ${config.dataDir}`,
    );
  const logDestination = demoLogDestination(config.dataDir, io.stderr);
  const logger = createLogger(config, logDestination);
  const emulator = await status.step(
    'emulator',
    () => startEmbeddedEmulator(config, logger),
    (started) => started.summary,
  );
  return {
    config: { ...config, shopify: { ...config.shopify, emulatorUrl: emulator.url } },
    logger,
    logDestination,
    demo: { emulator, bootstrap: (app, urls) => bootstrapDemo({ app, emulator, status, ...urls }) },
  };
}
