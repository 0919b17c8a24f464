import type { DestinationStream } from 'pino';
import type { App } from '../app.js';
import type { AppConfig } from '../config.js';
import { startEmbeddedEmulator, type EmbeddedEmulator } from '../embedded-emulator.js';
import { ConfigError } from '../errors.js';
import { createLogger, type Logger } from '../logger.js';
import { parseStartArgs, START_USAGE } from './args.js';
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

export type Startup =
  | { readonly kind: 'exit' }
  | {
      readonly kind: 'run';
      readonly config: AppConfig;
      readonly logger: Logger;
      readonly logDestination: DestinationStream | undefined;
      readonly demo: LocalDemo | undefined;
    };

/**
 * The part of `npm start` before the app is built. With nothing configured (emulator mode, no external emulator)
 * this is the local demo: flags from argv (`--reset`, `--help`), status lines on the terminal, logs to a file,
 * and the Shopify emulator started in-process with the seeded demo shop. Otherwise it only builds the logger.
 */
export async function prepareStart(
  config: AppConfig,
  argv: readonly string[],
  io: StartIo,
): Promise<Startup> {
  const args = parseStartArgs(argv);
  if (args.help) {
    io.stdout.write(`${START_USAGE}\n`);
    return { kind: 'exit' };
  }
  const local = config.shopify.mode === 'emulator' && !config.shopify.emulatorUrl;
  if (!local) {
    if (args.reset)
      throw new ConfigError(
        '--reset wipes the local demo; it needs emulator mode without SHOPIFY_EMULATOR_URL',
      );
    return { kind: 'run', config, logger: createLogger(config), logDestination: undefined, demo: undefined };
  }
  // "ready in …" counts from the process's start (performance.timeOrigin), module loading included.
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
    kind: 'run',
    config: { ...config, shopify: { ...config.shopify, emulatorUrl: emulator.url } },
    logger,
    logDestination,
    demo: { emulator, bootstrap: (app, urls) => bootstrapDemo({ app, emulator, status, ...urls }) },
  };
}
