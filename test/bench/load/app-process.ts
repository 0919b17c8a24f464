/**
 * The app as a load target, in its own process so the driver's CPU stays out of its figures. argv[2] is JSON
 * {database, redisUrl?, apiKey, apiSecret, shops}: with redisUrl it is a scale-mode web process (accept, store,
 * enqueue to BullMQ; no worker), without it the single-process SQLite mode (in-process jobs process each webhook
 * as it arrives). Prints {url} when listening. Over IPC: `idle` answers once no job is waiting or running,
 * `stored` answers how many webhook deliveries and pixel events are in the database, `cpu` the process's CPU
 * time so far; exits on SIGTERM.
 */
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { createApp } from '@tandem/web/app';
import { loadConfig } from '@tandem/web/config';
import { createDatabase, type DatabaseOptions } from '@tandem/web/store/index';

export interface AppProcessArgs {
  readonly database: DatabaseOptions;
  readonly redisUrl?: string;
  readonly apiKey: string;
  readonly apiSecret: string;
  readonly shops: readonly string[];
}

export type AppProcessMessage =
  { readonly kind: 'idle' } | { readonly kind: 'stored' } | { readonly kind: 'cpu' };
export type AppProcessReply =
  | { readonly kind: 'idle' }
  | { readonly kind: 'cpu'; readonly ms: number }
  | { readonly kind: 'stored'; readonly deliveries: number; readonly events: number };

const args = JSON.parse(process.argv[2] ?? '{}') as AppProcessArgs;
const base = loadConfig({
  // orders/create and pixel events never call Shopify; nothing listens here.
  SHOPIFY_EMULATOR_URL: 'http://127.0.0.1:9',
  // As in production: every request is logged (serialised, then discarded here), so its cost is in the figures.
  LOG_LEVEL: 'info',
  ...(args.redisUrl && { REDIS_URL: args.redisUrl }),
});
const app = await createApp(
  { ...base, shopify: { ...base.shopify, apiKey: args.apiKey, apiSecret: args.apiSecret } },
  {
    role: args.redisUrl ? 'web' : 'all',
    database: createDatabase(args.database),
    logDestination: new Writable({ write: (_c, _e, done) => done() }),
  },
);
for (const shop of args.shops)
  await app.stores.shops.markInstalled(shop, { scopes: ['read_orders'], at: new Date().toISOString() });
if (!args.redisUrl) await app.startJobs();

async function idle(): Promise<void> {
  for (;;) {
    const { waiting, active } = await app.queue.stats();
    if (waiting === 0 && active === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function stored(): Promise<AppProcessReply> {
  const { rows } = await sql<{ n: number | string }>`select count(*) as n from webhook_deliveries`.execute(
    app.database.db,
  );
  let events = 0;
  for (const shop of args.shops) events += await app.stores.events.count(shop);
  return { kind: 'stored', deliveries: Number(rows[0]?.n ?? 0), events };
}

function cpu(): AppProcessReply {
  const { user, system } = process.cpuUsage();
  return { kind: 'cpu', ms: (user + system) / 1_000 };
}

process.on('message', (message: AppProcessMessage) => {
  const reply =
    message.kind === 'idle'
      ? idle().then((): AppProcessReply => ({ kind: 'idle' }))
      : message.kind === 'cpu'
        ? Promise.resolve(cpu())
        : stored();
  void reply.then((answer) => process.send?.(answer));
});

const server = app.server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}` })}\n`);
});
// Longer than the driver's pauses between steps, as a load balancer's idle timeout would be: a keep-alive socket
// the server closed while the driver reused it would count as an error that is not the app's.
server.keepAliveTimeout = 120_000;
process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void app.close().then(() => process.exit(0));
});
