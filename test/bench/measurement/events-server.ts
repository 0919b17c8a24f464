/**
 * The events endpoint in its own process, so the load driver's CPU stays out of its figures. argv[2] is JSON
 * {mode, database, shops}: `group` is the app's ingest (group commit), `direct` the baseline writing each
 * request in its own transactions with the same validation. Prints {url} when listening; exits on SIGTERM.
 */
import { Writable } from 'node:stream';
import { createServer } from '@tandem/web/http/create-server';
import { eventsRoutes } from '@tandem/web/http/routes/events-routes';
import { createLogger } from '@tandem/web/logger';
import {
  createEventIngest,
  DEFAULT_INGEST_LIMITS,
  parseEventBatch,
  type EventIngest,
} from '@tandem/web/measurement/index';
import {
  createDatabase,
  createStores,
  migrateToLatest,
  type DatabaseOptions,
  type Stores,
} from '@tandem/web/store/index';
import { ValidationError } from '@tandem/web/errors';

const { mode, database, shops } = JSON.parse(process.argv[2] ?? '{}') as {
  mode: 'group' | 'direct';
  database: DatabaseOptions;
  shops: string[];
};

/** The baseline: the same checks, then one markDirty + insert + markDirty per request, no grouping. */
function directIngest(stores: Stores): EventIngest {
  const real = createEventIngest({ stores, now: () => new Date() });
  return {
    limits: DEFAULT_INGEST_LIMITS,
    admit: (ip) => real.admit(ip),
    async ingest(body) {
      const parsed = parseEventBatch(JSON.parse(String(body)), Date.now(), DEFAULT_INGEST_LIMITS);
      if (parsed.kind === 'invalid') throw new ValidationError('Invalid events', parsed.issues);
      const days = [...new Set(parsed.events.map((event) => event.occurredAt.slice(0, 10)))];
      await stores.measurement.markDirty(parsed.shop, days);
      await stores.events.appendMany(parsed.shop, parsed.events);
      await stores.measurement.markDirty(parsed.shop, days);
      return { accepted: parsed.events.length };
    },
    close: () => real.close(),
  };
}

const db = createDatabase(database);
await migrateToLatest(db);
const stores = createStores(db);
for (const shop of shops)
  await stores.shops.markInstalled(shop, { scopes: ['read_orders'], at: new Date().toISOString() });
const ingest = mode === 'group' ? createEventIngest({ stores, now: () => new Date() }) : directIngest(stores);
const logger = createLogger({ logLevel: 'silent' }, new Writable({ write: (_c, _e, done) => done() }));
const app = createServer({ logger, readiness: [], routes: [eventsRoutes({ ingest })] });
const server = app.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}` })}\n`);
});
process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void ingest.close().then(async () => {
    const stored = (await Promise.all(shops.map((shop) => stores.events.count(shop)))).reduce(
      (a, b) => a + b,
      0,
    );
    process.stderr.write(`  (${mode}: ${stored.toLocaleString('en-US')} events stored)\n`);
    await db.close();
    process.exit(0);
  });
});
