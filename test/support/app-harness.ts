import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulator, type Emulator, type EmulatorOptions, type ShopSeed } from '@tandem/emulator';
import { createApp, type App } from '@tandem/web/app';
import { loadConfig } from '@tandem/web/config';
import type { Database } from '@tandem/web/store/index';
import { Writable } from 'node:stream';
import { readAppToml, readPixelFields } from './app-toml.js';

export const HARNESS_APP = {
  clientId: 'harness-client-id',
  clientSecret: 'harness-client-secret',
  appId: '7000042',
} as const;
// The emulated app is configured from shopify.app.toml, as Shopify configures it on deploy: every test through
// this harness fails if the file lacks a scope the code calls for or a webhook topic it relies on.
const APP_TOML = readAppToml();
const SCOPES = [...APP_TOML.scopes];

export interface AppHarness {
  readonly app: App;
  readonly emulator: Emulator;
  readonly url: string;
  /** Resolves when `count` jobs have finished (completed or failed) since start. */
  jobsFinished(count: number, timeoutMs?: number): Promise<void>;
  /**
   * Resolves when no job is waiting or running. A handler enqueues its follow-up (sync → recompute) before it
   * completes, so a chain of jobs is idle only at its end.
   */
  jobsIdle(timeoutMs?: number): Promise<void>;
  /**
   * The merchant opens the app: its first session-token request installs it (token exchange) and starts the first
   * sync; resolves once that sync and what follows it (recompute, publish) are done.
   */
  openAppAndSync(shop: string): Promise<void>;
  /** Everything the app logged, as written (JSON lines), at the harness's log level. */
  logs(): string;
  finishedJobs(): number;
  close(): Promise<void>;
}

/**
 * The whole app over real HTTP against the emulator: the app listens first (the emulator delivers webhooks to
 * it), then the emulator starts with the given shops, then the app is built pointing at it.
 */
export async function startAppHarness(options: {
  seeds: ShopSeed[];
  database: Database;
  timeScale?: number;
  /** Default warn; tests about what is logged lower it. */
  logLevel?: string;
  /** Offline token lifetimes and cut-off of the emulated Shopify (see EmulatorOptions.tokens). */
  tokens?: EmulatorOptions['tokens'];
  /** The emulated Shopify's clock (default Date.now); tests move it to expire tokens. */
  emulatorClock?: () => number;
  tokenRefreshMarginMs?: number;
  /** More environment for the app's config (e.g. BILLING_* plan values). */
  env?: Readonly<Record<string, string>>;
}): Promise<AppHarness> {
  const logged: string[] = [];
  let handler: RequestListener = (_req, res) => res.writeHead(503).end();
  const server: Server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const emulator = await createEmulator({
    apps: [
      {
        ...HARNESS_APP,
        scopes: SCOPES,
        webhookUri: `${url}/webhooks`,
        webhookTopics: APP_TOML.topics,
        webPixelFields: readPixelFields(),
      },
    ],
    shops: options.seeds,
    ...(options.timeScale === undefined ? {} : { timeScale: options.timeScale }),
    webhookRetry: { baseDelayMs: 20 },
    ...(options.tokens === undefined ? {} : { tokens: options.tokens }),
    ...(options.emulatorClock === undefined ? {} : { clock: options.emulatorClock }),
  });
  const config = loadConfig({
    ...options.env,
    SHOPIFY_EMULATOR_URL: emulator.url,
    LOG_LEVEL: options.logLevel ?? 'warn',
  });
  const app = await createApp(
    {
      ...config,
      shopify: {
        ...config.shopify,
        apiKey: HARNESS_APP.clientId,
        apiSecret: HARNESS_APP.clientSecret,
        appUrl: url,
      },
    },
    {
      role: 'all',
      database: options.database,
      ...(options.tokenRefreshMarginMs === undefined
        ? {}
        : { tokenRefreshMarginMs: options.tokenRefreshMarginMs }),
      logDestination: new Writable({
        write: (chunk: Buffer, _encoding, done) => {
          logged.push(chunk.toString());
          done();
        },
      }),
    },
  );
  let finished = 0;
  const waiters: { count: number; resolve: () => void }[] = [];
  app.queue.onEvent((event) => {
    if (event.kind !== 'completed' && event.kind !== 'failed') return;
    finished += 1;
    for (const waiter of waiters.filter((w) => finished >= w.count)) waiter.resolve();
  });
  await app.startJobs();
  handler = app.server;
  async function jobsIdle(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { waiting, active } = await app.queue.stats();
      if (waiting === 0 && active === 0) return;
      if (Date.now() > deadline)
        throw new Error(`jobs still busy after ${timeoutMs} ms: ${waiting} waiting, ${active} active`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  return {
    app,
    emulator,
    url,
    finishedJobs: () => finished,
    logs: () => logged.join(''),
    jobsFinished: (count, timeoutMs = 60_000) =>
      new Promise<void>((resolve, reject) => {
        if (finished >= count) return resolve();
        const timer = setTimeout(
          () => reject(new Error(`only ${finished} of ${count} jobs finished within ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
      }),
    async openAppAndSync(shop) {
      const { token } = await emulator.control.sessionToken({ shop, clientId: HARNESS_APP.clientId });
      const response = await fetch(`${url}/api/sync`, { headers: { Authorization: `Bearer ${token}` } });
      if (response.status !== 200) throw new Error(`GET /api/sync answered ${response.status}`);
      await jobsIdle();
    },
    jobsIdle,
    async close() {
      await app.queue.close({ graceMs: 1_000 });
      await emulator.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
