/**
 * The KPI read bench's server, in its own process so the driver's CPU stays out of its figures: one shop with a
 * day of `checkouts` checkouts and `eventsPerCheckout` events each (1M by default), a third of them ordered,
 * written through the stores; then the app's `/healthz`, `/api/kpis` (the session check replaced by the shop)
 * and the rollup job on an in-process queue, as a SQLite deployment runs it. argv[2] is JSON
 * {database, shop, day, checkouts, eventsPerCheckout}. Prints {url, seeded} when listening; exits on SIGTERM.
 * POST /bench/rollup marks the day and runs its rollup; it answers when the job is done, with its duration.
 */
import { Writable } from 'node:stream';
import { Router } from 'express';
import { sql } from 'kysely';
import { createServer } from '@tandem/web/http/create-server';
import { kpisRoutes } from '@tandem/web/http/routes/kpis-routes';
import { createJobQueue } from '@tandem/web/queue/index';
import { createLogger } from '@tandem/web/logger';
import { hashCheckoutToken } from '@tandem/web/measurement/index';
import { createRollupJob, rollupScheduler } from '@tandem/web/jobs/rollup-job';
import type { TandemJobs } from '@tandem/web/jobs/types';
import type { NewPixelEvent, OrderWithLines } from '@tandem/web/domain/index';
import type { CheckoutFact, OrderFact } from '@tandem/web/store/ports/index';
import { createDatabase, createStores, migrateToLatest, type DatabaseOptions } from '@tandem/web/store/index';

const { database, shop, day, checkouts, eventsPerCheckout } = JSON.parse(process.argv[2] ?? '{}') as {
  database: DatabaseOptions;
  shop: string;
  day: string;
  checkouts: number;
  eventsPerCheckout: number;
};

const db = createDatabase(database);
await migrateToLatest(db);
const stores = createStores(db);
const start = Date.parse(`${day}T00:00:00.000Z`);
const BATCH = 2_000;
// Spread over the day; a tenth in the holdout, a third ordered (10 minutes after the checkout).
const at = (index: number) => start + Math.floor((index / checkouts) * 86_000_000);
const hash = (index: number) => hashCheckoutToken(`kpi-bench-${index}`);
const TYPES = ['impression', 'impression', 'impression', 'impression', 'add', 'upgrade', 'dismiss'] as const;

async function seed(): Promise<number> {
  await stores.shops.markInstalled(shop, {
    scopes: ['read_orders'],
    at: new Date(start - 86_400_000).toISOString(),
  });
  let events = 0;
  for (let first = 0; first < checkouts; first += BATCH) {
    const indexes = Array.from({ length: Math.min(BATCH, checkouts - first) }, (_, i) => first + i);
    const facts: CheckoutFact[] = indexes.map((index) => ({
      checkoutHash: hash(index),
      createdAt: new Date(at(index)).toISOString(),
      arm: index % 10 === 0 ? 'control' : 'treatment',
      eligible: true,
      source: 'checkout',
    }));
    await stores.measurement.recordCheckouts(shop, facts);
    const batch: NewPixelEvent[] = indexes.flatMap((index) =>
      Array.from({ length: eventsPerCheckout }, (_, n) => ({
        checkoutToken: hash(index),
        offerId: `${1 + (n % 5)}-${100 + n}`,
        arm: index % 10 === 0 ? ('control' as const) : ('treatment' as const),
        type: n === 0 ? ('eligible' as const) : (TYPES[n % TYPES.length] ?? 'impression'),
        occurredAt: new Date(at(index) + 1_000 + n * 1_000).toISOString(),
        placement: n % 2 === 0 ? 'block' : 'line',
      })),
    );
    events += await stores.events.appendMany(shop, batch);
    const ordered = indexes.filter((index) => index % 3 === 0);
    const orders: OrderWithLines[] = ordered.map((index) => ({
      id: `gid://shopify/Order/${index + 1}`,
      createdAt: new Date(at(index) + 600_000).toISOString(),
      updatedAt: new Date(at(index) + 600_000).toISOString(),
      currency: 'EUR',
      customerHash: null,
      checkoutToken: `kpi-bench-${index}`,
      subtotalMinor: 4_500,
      totalMinor: 4_500,
      refundedMinor: 0,
      cancelledAt: null,
      lines: [
        {
          lineId: `gid://shopify/LineItem/${index + 1}`,
          productId: 'gid://shopify/Product/1',
          variantId: 'gid://shopify/ProductVariant/1',
          quantity: 1,
          unitPriceMinor: 4_500,
          discountedTotalMinor: 4_500,
          tandemAttribute: null,
        },
      ],
    }));
    await stores.orders.upsertOrders(shop, orders);
    const orderFacts: OrderFact[] = orders.map((order, i) => ({
      orderId: order.id,
      createdAt: order.createdAt,
      sourceUpdatedAt: order.updatedAt,
      checkoutHash: hash(ordered[i] ?? 0),
      arm: (ordered[i] ?? 0) % 10 === 0 ? 'control' : 'treatment',
      currency: 'EUR',
      cancelled: false,
      revenueMinor: 4_500,
      attributedMinor: 0,
      offerLines: 0,
      malformedLines: 0,
      armMismatches: 0,
      unpricedUpgrades: 0,
    }));
    await stores.measurement.putOrderFacts(shop, orderFacts);
    if ((first / BATCH) % 10 === 0)
      process.stderr.write(`  seeding ${events.toLocaleString('en-US')} events\r`);
  }
  process.stderr.write('\n');
  return events;
}

const seeded = await seed();
// Postgres plans by its statistics, which autovacuum refreshes within a minute of a load like this one.
if (database.kind === 'postgres') await sql`analyze`.execute(db.db);
const queue = createJobQueue<Pick<TandemJobs, 'rollup'>>({ kind: 'in-process' });
await queue.start({ rollup: createRollupJob({ stores }) });
const finished: (() => void)[] = [];
queue.onEvent((event) => {
  if (event.kind === 'completed' || event.kind === 'failed') for (const done of finished.splice(0)) done();
});
const logger = createLogger({ logLevel: 'silent' }, new Writable({ write: (_c, _e, done) => done() }));
const session = Router();
session.use('/api', (_req, res, next) => {
  res.locals['shop'] = shop;
  next();
});
const control = Router();
control.post('/bench/rollup', async (_req, res) => {
  const began = performance.now();
  const done = new Promise<void>((resolve) => finished.push(resolve));
  await stores.measurement.markDirty(shop, [day]);
  await rollupScheduler(queue)(shop);
  await done;
  res.json({ ms: performance.now() - began, dirty: (await stores.measurement.dirtyDays(shop)).length });
});
const app = createServer({
  logger,
  readiness: [],
  routes: [
    session,
    control,
    kpisRoutes({ stores, now: () => new Date(start + 86_400_000), scheduleRollup: rollupScheduler(queue) }),
  ],
});
const server = app.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}`, seeded })}\n`);
});
process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void queue.close({ graceMs: 0 }).then(async () => {
    await db.close();
    process.exit(0);
  });
});
