import { afterEach, describe, expect, it } from '@jest/globals';
import { generateDemoShop } from '@tandem/emulator/demo/index';
import { restOrder } from '@tandem/emulator/state/rest-payloads';
import type { EmulatedOrder } from '@tandem/emulator';
import type { KpiReport } from '@tandem/web/measurement/index';
import { migrateToLatest } from '@tandem/web/store/index';
import { HARNESS_APP, startAppHarness, type AppHarness } from '../../support/app-harness.js';
import { openTestDatabase, type SqlBackend, type TestDatabase } from '../../support/db.js';
import { signedWebhookHeaders } from '../../support/webhooks.js';
import { placeOrder, reportCheckout, until } from './support/emulated-shop.js';
import { catalogFromSeed } from './support/shop-catalog.js';
import { simulateCheckouts, type SimCheckout } from './support/simulation.js';

// Shopify gives up on a webhook after its retries; the recurring reconcile (a sync of what changed since the last
// one, then attribution) must then record what orders/create and checkouts/create would have.
const SEED = generateDemoShop({ seed: 23, products: 40, orders: 30, domain: 'reconcile-e2e.myshopify.com' });
const SHOP = SEED.shop.domain;

/** The figures a merchant reads, without when they were computed, and the orders usage billing recorded. */
type Figures = Pick<KpiReport, 'arms' | 'lift' | 'verdict' | 'attributed' | 'dataQuality' | 'days'> & {
  readonly usageRecords: number;
};

interface Run {
  readonly figures: Figures;
  /** Present when webhooks were dropped: what Shopify would have sent, to deliver late. */
  readonly late: readonly { readonly topic: string; readonly body: string }[];
  readonly harness: AppHarness;
  readonly kpis: () => Promise<Figures>;
  readonly reconcile: () => Promise<void>;
}

async function scenario(database: TestDatabase['database'], drop: boolean): Promise<Run> {
  await migrateToLatest(database);
  const h = await startAppHarness({ seeds: [SEED], database });
  await h.openAppAndSync(SHOP);
  const stores = h.app.stores;
  await stores.settings.put(SHOP, { holdoutPct: 50 });
  const installedAt = Date.parse((await stores.shops.get(SHOP))?.installedAt ?? '');

  // Checkouts after the install (what the reconcile measures), a tenth of a second apart
  const simulated = simulateCheckouts({
    seed: 7,
    shop: SHOP,
    checkouts: 12,
    holdoutShare: 0.5,
    conversion: 0.9,
    conversionCost: 0,
    crossSellRate: 0.7,
    upgradeRate: 0.5,
    days: 1,
    firstDay: new Date(installedAt).toISOString().slice(0, 10),
    catalog: catalogFromSeed(SEED),
  });
  const checkouts: SimCheckout[] = simulated.map((checkout, index) => {
    const at = installedAt + 1_000 + index * 100;
    return { ...checkout, at, events: checkout.events.map((e) => ({ ...e, ts: e.ts - checkout.at + at })) };
  });
  // Each order ten seconds after its checkout, once its pixel events are in; all of it in the past
  const ORDER_AFTER_MS = 10_000;
  const last = Math.max(...checkouts.map((c) => c.at)) + ORDER_AFTER_MS;
  await until(async () => Date.now() > last + 500, 'the orders to be in the past');
  const converted = checkouts.filter((c) => c.lines !== null);
  // Lost: a treatment order with offer lines (and, for one, its checkout too) and a holdout order
  const treatment = converted.filter((c) => c.arm === 'treatment' && c.plantedMinor > 0);
  const control = converted.find((c) => c.arm === 'control');
  const [bothLost, orderLost] = treatment;
  if (!bothLost || !orderLost || !control)
    throw new Error('seed 7 should give two offer orders and a holdout one');
  const ordered = [
    bothLost,
    orderLost,
    control,
    ...converted.filter((c) => ![bothLost, orderLost, control].includes(c)),
  ];

  const session = async () =>
    (await h.emulator.control.sessionToken({ shop: SHOP, clientId: HARNESS_APP.clientId })).token;
  /** Shopify loses the shop's next `count` webhooks of `topic`. */
  const lose = (topic: 'checkouts/create' | 'orders/create', count: number) =>
    h.emulator.control.injectFault({ kind: 'drop-webhook', topic, shop: SHOP, count });
  if (drop) await lose('checkouts/create', 1);
  for (const checkout of [bothLost, ...checkouts.filter((c) => c !== bothLost)]) {
    await reportCheckout(h, SHOP, checkout);
  }
  if (drop) await lose('orders/create', 3);
  const placed: EmulatedOrder[] = [];
  for (const checkout of ordered) {
    placed.push(await placeOrder(h, SHOP, checkout, ORDER_AFTER_MS));
  }
  const delivered = placed.slice(drop ? 3 : 0).map((order) => order.id);
  await until(
    async () => (await stores.measurement.getOrderFacts(SHOP, delivered)).length === delivered.length,
    'the delivered orders attributed',
  );
  await h.jobsIdle();

  const kpis = async (): Promise<Figures> => {
    await h.jobsIdle();
    const today = new Date().toISOString().slice(0, 10);
    const from = new Date(installedAt).toISOString().slice(0, 10);
    const response = await fetch(`${h.url}/api/kpis?from=${from}&to=${today}`, {
      headers: { Authorization: `Bearer ${await session()}` },
    });
    expect(response.status).toBe(200);
    const { arms, lift, verdict, attributed, dataQuality, days } = (await response.json()) as KpiReport;
    const months = [...new Set([from, today].map((d) => d.slice(0, 7)))];
    const usage = await Promise.all(months.map((m) => stores.billing.usageInPeriod(SHOP, `month:${m}`)));
    return { arms, lift, verdict, attributed, dataQuality, days, usageRecords: usage.flat().length };
  };
  // What the recurring scheduler enqueues for each installed shop once per window (tasks/recurring.ts)
  const reconcile = async () => {
    await h.app.queue.enqueue('sync', { shop: SHOP, kind: 'reconcile' }, { serialKey: SHOP });
    await h.jobsIdle();
  };
  const before = drop ? await kpis() : undefined;
  if (drop) {
    // The lost orders are missing from the figures until the reconcile
    expect(before?.arms.treatment.orders).toBeLessThan(treatment.length);
    expect(before?.usageRecords).toBeLessThan(treatment.length);
    expect(
      (
        await stores.measurement.getOrderFacts(
          SHOP,
          placed.slice(0, 3).map((o) => o.id),
        )
      ).length,
    ).toBe(0);
  }
  await reconcile();
  const late = drop
    ? [
        ...placed
          .slice(0, 3)
          .map((order) => ({ topic: 'orders/create', body: JSON.stringify(restOrder(order, undefined)) })),
      ]
    : [];
  return { figures: await kpis(), late, harness: h, kpis, reconcile };
}

describe.each<SqlBackend>(['sqlite', 'postgres'])(
  'reconciling missed webhooks through the Admin API [%s]',
  (backend) => {
    const open: { db: TestDatabase; harness?: AppHarness }[] = [];
    afterEach(async () => {
      for (const { db, harness } of open.splice(0)) {
        await harness?.close();
        await db.drop();
      }
    });

    it('records the orders and checkout whose webhooks Shopify never delivered: the figures equal the no-drop run', async () => {
      // Given the same checkouts and orders on the same shop, once with every webhook delivered
      const clean = { db: await openTestDatabase(backend) };
      open.push(clean);
      const reference = await scenario(clean.db.database, false);
      await reference.harness.close();
      // And once with a checkouts/create and three orders/create lost, then the recurring reconcile
      const lossy: { db: TestDatabase; harness?: AppHarness } = { db: await openTestDatabase(backend) };
      open.push(lossy);
      const run = await scenario(lossy.db.database, true);
      lossy.harness = run.harness;

      // Then every figure the dashboard shows is what the no-drop run shows
      expect(reference.figures.arms.treatment.orders).toBeGreaterThan(1);
      // (each offer order of the treatment arm has its usage record, within the free allowance)
      expect(reference.figures.usageRecords).toBeGreaterThan(1);
      expect(reference.figures.arms.control.orders).toBeGreaterThan(0);
      expect(run.figures).toEqual(reference.figures);

      // And the lost webhooks arriving late, and another reconcile, change nothing
      for (const { topic, body } of run.late) {
        const response = await fetch(`${run.harness.url}/webhooks`, {
          method: 'POST',
          headers: signedWebhookHeaders(body, { topic, shop: SHOP, secret: HARNESS_APP.clientSecret }),
          body,
        });
        expect(response.status).toBe(200);
      }
      await run.reconcile();
      expect(await run.kpis()).toEqual(reference.figures);
    });
  },
);
