import { afterEach, describe, expect, it } from '@jest/globals';
import { generateDemoShop } from '@tandem/emulator/demo/index';
import { OFFER_EVENTS, OFFER_TARGETS, type OfferEventData } from '@tandem/offer-core';
import { FUNNEL_LIMITS, type KpiReport } from '@tandem/web/measurement/index';
import { migrateToLatest } from '@tandem/web/store/index';
import { HARNESS_APP, startAppHarness, type AppHarness } from '../../support/app-harness.js';
import { openTestDatabase, type TestDatabase } from '../../support/db.js';
import { placeOrder, until } from './support/emulated-shop.js';
import { catalogFromSeed } from './support/shop-catalog.js';
import { prng, simulateCheckouts, type SimCheckout } from './support/simulation.js';

// The acceptance test of issue 23, as an outsider: no credentials, only the public /api/events. Whatever is
// posted there (any arm, any shop, any checkout token, replays of real batches) must leave every figure of the
// lift, conversion, AOV and revenue as Shopify's signed checkouts and orders made them, and may move the funnel
// by at most the per-checkout cap of each event type for each real checkout whose token the forger used.

const SEED = generateDemoShop({ seed: 31, products: 40, orders: 30, domain: 'forgery.myshopify.com' });
const SHOP = SEED.shop.domain;
const DAY_MS = 86_400_000;
const FORGED = 10_000;
/** Real checkouts whose tokens the forger knows (seen in a shared screenshot, say). */
const LEAKED = 5;
const day = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Posts a batch as the pixel would; waits out 429s so the forged volume really arrives. */
async function post(url: string, body: unknown): Promise<{ status: number; accepted: number }> {
  for (;;) {
    const response = await fetch(`${url}/api/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify(body),
    });
    if (response.status === 429) {
      await new Promise((resolve) =>
        setTimeout(resolve, 1_000 * Number(response.headers.get('retry-after') ?? 1)),
      );
      continue;
    }
    const json = (await response.json()) as { accepted?: number };
    return { status: response.status, accepted: json.accepted ?? 0 };
  }
}

/** Every figure the lift, conversion, AOV and revenue are made of. */
function outcomeFigures(report: KpiReport) {
  const arm = (name: 'treatment' | 'control') => {
    const a = report.arms[name];
    return {
      eligibleCheckouts: a.eligibleCheckouts,
      orders: a.orders,
      conversionRate: a.conversionRate,
      aovMinor: a.aovMinor,
      revenuePerEligibleCheckoutMinor: a.revenuePerEligibleCheckoutMinor,
      attachRate: a.attachRate,
      attributedRevenueMinor: a.attributedRevenueMinor,
      allOrders: a.allOrders,
      allOrderRevenueMinor: a.allOrderRevenueMinor,
    };
  };
  return {
    treatment: arm('treatment'),
    control: arm('control'),
    lift: report.lift,
    verdict: report.verdict,
    attributed: report.attributed,
    days: report.days,
  };
}

const FUNNEL_FIGURES = ['impressions', 'adds', 'upgrades', 'dismissals', 'errors'] as const;

/** Each funnel figure of each arm, e.g. `treatment.adds`. */
const funnelFigures = (report: KpiReport): Record<string, number> =>
  Object.fromEntries(
    (['treatment', 'control'] as const).flatMap((name) =>
      FUNNEL_FIGURES.map((figure) => [`${name}.${figure}`, report.arms[name][figure]]),
    ),
  );

/**
 * A targeted flood: on each leaked checkout, impressions of made-up offers stamped in the minutes before it was
 * created (the earliest the funnel accepts, as a forger who saw when it happened would stamp them), so that a cap
 * taking a checkout's earliest events would keep these and drop its real add.
 */
function impressionFlood(real: readonly SimCheckout[], perCheckout: number): OfferEventData[] {
  return real.slice(0, LEAKED).flatMap((checkout) =>
    Array.from({ length: perCheckout }, (_, index) => ({
      v: 1 as const,
      event: 'impression' as const,
      offerId: `${9_000 + index}-${index}`,
      arm: 'treatment' as const,
      target: 'block' as const,
      checkoutToken: checkout.token,
      ts: checkout.at - 540_000 + index * 1_000,
    })),
  );
}

function forgedEvents(random: () => number, real: readonly SimCheckout[], now: number): OfferEventData[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const leaked = real.slice(0, LEAKED).map((checkout) => checkout.token);
  return Array.from({ length: FORGED }, (_, index) => {
    const event = pick(OFFER_EVENTS);
    return {
      v: 1,
      event,
      offerId: event === 'eligible' ? null : `${1 + Math.floor(random() * 9_000)}-${index}`,
      arm: event === 'eligible' ? pick(['treatment', 'control'] as const) : 'treatment',
      target: pick(OFFER_TARGETS),
      // A third on leaked real tokens, the rest on made-up ones.
      checkoutToken: random() < 1 / 3 ? pick(leaked) : `forged-${Math.floor(random() * 1e12).toString(36)}`,
      ts: now - Math.floor(random() * 2 * DAY_MS),
    };
  });
}

describe('the measurement holds against an outsider with no credentials', () => {
  let db: TestDatabase | undefined;
  let harness: AppHarness | undefined;
  afterEach(async () => {
    await harness?.close();
    await db?.drop();
  });

  it('10,000 forged events and replays change no lift, conversion, AOV or revenue figure; the funnel moves at most the cap per leaked checkout', async () => {
    // Given the app installed on an emulated shop with its offer lists published and a 50% holdout
    db = await openTestDatabase('sqlite');
    await migrateToLatest(db.database);
    const h = (harness = await startAppHarness({ seeds: [SEED], database: db.database }));
    await h.openAppAndSync(SHOP);
    await h.app.stores.settings.put(SHOP, { holdoutPct: 50 });
    const session = async () =>
      (await h.emulator.control.sessionToken({ shop: SHOP, clientId: HARNESS_APP.clientId })).token;

    // And yesterday's real checkouts: Shopify reports each one, the pixel posts its events, some become orders
    const yesterday = day(Date.now() - DAY_MS);
    const real = simulateCheckouts({
      seed: 9,
      shop: SHOP,
      checkouts: 30,
      holdoutShare: 0.5,
      conversion: 0.7,
      conversionCost: 0,
      crossSellRate: 0.6,
      upgradeRate: 0.5,
      days: 1,
      firstDay: yesterday,
      catalog: catalogFromSeed(SEED),
    }).filter((checkout) => checkout.at < Date.now() - 3_600_000);
    const honestBatches = real.map((checkout) => ({ shop: SHOP, events: checkout.events }));
    const orderIds: string[] = [];
    for (const checkout of real) {
      await h.emulator.control.checkout({
        shop: SHOP,
        token: checkout.token,
        at: new Date(checkout.at).toISOString(),
        lines: checkout.cart.map((line) => ({ variantId: line.variant.id, quantity: line.quantity })),
      });
      expect((await post(h.url, { shop: SHOP, events: checkout.events })).status).toBe(200);
      if (checkout.lines === null) continue;
      orderIds.push((await placeOrder(h, SHOP, checkout, 600_000)).id);
    }
    await until(
      async () => (await h.app.stores.measurement.getOrderFacts(SHOP, orderIds)).length === orderIds.length,
      'every order attributed',
    );
    await h.jobsIdle();
    const readReport = async () => {
      const response = await fetch(`${h.url}/api/kpis?from=${yesterday}&to=${day(Date.now())}`, {
        headers: { Authorization: `Bearer ${await session()}` },
      });
      expect(response.status).toBe(200);
      return (await response.json()) as KpiReport;
    };
    const before = await readReport();
    expect(before.arms.treatment.eligibleCheckouts).toBeGreaterThan(0);
    expect(before.arms.control.eligibleCheckouts).toBeGreaterThan(0);
    expect(before.arms.treatment.orders + before.arms.control.orders).toBeGreaterThan(0);

    // When an outsider posts 10,000 forged events (any arm, shop, token, type, placement; on the leaked tokens a flood
    // of impressions stamped just before each checkout) and replays the real ones
    const random = prng(404);
    const flood = impressionFlood(real, 100);
    const forged = forgedEvents(random, real, Date.now()).slice(flood.length);
    expect(real.slice(0, LEAKED).some((checkout) => checkout.events.some((e) => e.event === 'add'))).toBe(
      true,
    );
    let accepted = 0;
    for (let start = 0; start < forged.length; start += 200) {
      const shop = random() < 0.8 ? SHOP : `victim-${Math.floor(random() * 5)}.myshopify.com`;
      accepted += (await post(h.url, { shop, events: forged.slice(start, start + 200) })).accepted;
    }
    for (let start = 0; start < flood.length; start += 100)
      accepted += (await post(h.url, { shop: SHOP, events: flood.slice(start, start + 100) })).accepted;
    for (const batch of [...honestBatches, ...honestBatches]) accepted += (await post(h.url, batch)).accepted;
    await h.jobsIdle();
    const after = await readReport();

    // Then the endpoint took most of them (the figures hold because they are not counted, not because refused)
    expect(accepted).toBeGreaterThan(FORGED / 2);
    // And no figure of the lift, conversion, AOV or revenue moved
    expect(outcomeFigures(after)).toEqual(outcomeFigures(before));
    // And each funnel figure moved by at most the per-type cap for each leaked real checkout, and none went down:
    // a flood of one type pushed no real checkout's other events out of the count
    const [was, now] = [funnelFigures(before), funnelFigures(after)];
    for (const [figure, value] of Object.entries(now)) {
      const moved = value - (was[figure] ?? 0);
      expect([figure, moved >= 0, moved <= LEAKED * FUNNEL_LIMITS.eventsPerType]).toEqual([
        figure,
        true,
        true,
      ]);
    }
    expect(was['treatment.adds']).toBeGreaterThan(0);
  }, 240_000);
});
