import { afterEach, describe, expect, it } from '@jest/globals';
import { generateDemoShop } from '@tandem/emulator/demo/index';
import { OFFER_EVENTS, OFFER_TARGETS, type OfferEventData } from '@tandem/offer-core';
import { FUNNEL_LIMITS, type KpiReport } from '@tandem/web/measurement/index';
import { migrateToLatest } from '@tandem/web/store/index';
import { HARNESS_APP, startAppHarness, type AppHarness } from '../../support/app-harness.js';
import { openTestDatabase, type TestDatabase } from '../../support/db.js';
import { catalogFromSeed } from './support/shop-catalog.js';
import { prng, simulateCheckouts, type SimCheckout } from './support/simulation.js';

// The acceptance test of issue 23, as an outsider: no credentials, only the public /api/events. Whatever is
// posted there (any arm, any shop, any checkout token, replays of real batches) must leave every figure of the
// lift, conversion, AOV and revenue as Shopify's signed checkouts and orders made them, and may move the funnel
// by at most the per-checkout cap for each real checkout whose token the forger used.

const SEED = generateDemoShop({ seed: 31, products: 40, orders: 30, domain: 'forgery.myshopify.com' });
const SHOP = SEED.shop.domain;
const DAY_MS = 86_400_000;
const FORGED = 10_000;
/** Real checkouts whose tokens the forger knows (seen in a shared screenshot, say). */
const LEAKED = 5;
const day = (time: number) => new Date(time).toISOString().slice(0, 10);

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

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

const funnelTotal = (report: KpiReport) =>
  (['treatment', 'control'] as const).reduce((sum, name) => {
    const a = report.arms[name];
    return sum + a.impressions + a.adds + a.upgrades + a.dismissals + a.errors;
  }, 0);

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
      const order = await h.emulator.control.createOrder({
        shop: SHOP,
        checkoutToken: checkout.token,
        createdAt: new Date(checkout.at + 600_000).toISOString(),
        lines: checkout.lines.map((line) => ({
          variantId: line.variant.id,
          quantity: line.quantity,
          customAttributes: line.attribute === null ? [] : [{ key: '_tandem', value: line.attribute }],
        })),
      });
      orderIds.push(order.id);
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

    // When an outsider posts 10,000 forged events (any arm, shop, token, type, placement) and replays the real ones
    const random = prng(404);
    const forged = forgedEvents(random, real, Date.now());
    let accepted = 0;
    for (let start = 0; start < forged.length; start += 200) {
      const shop = random() < 0.8 ? SHOP : `victim-${Math.floor(random() * 5)}.myshopify.com`;
      accepted += (await post(h.url, { shop, events: forged.slice(start, start + 200) })).accepted;
    }
    for (const batch of [...honestBatches, ...honestBatches]) accepted += (await post(h.url, batch)).accepted;
    await h.jobsIdle();
    const after = await readReport();

    // Then the endpoint took most of them (the figures hold because they are not counted, not because refused)
    expect(accepted).toBeGreaterThan(FORGED / 2);
    // And no figure of the lift, conversion, AOV or revenue moved
    expect(outcomeFigures(after)).toEqual(outcomeFigures(before));
    // And the funnel moved by at most the per-checkout cap for each leaked real checkout
    expect(funnelTotal(after) - funnelTotal(before)).toBeLessThanOrEqual(
      LEAKED * FUNNEL_LIMITS.eventsPerCheckout,
    );
  }, 240_000);
});
