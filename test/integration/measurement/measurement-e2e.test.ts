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

const SEED = generateDemoShop({ seed: 23, products: 40, orders: 30, domain: 'measure-e2e.myshopify.com' });
const SHOP = SEED.shop.domain;
const DAY_MS = 86_400_000;
const day = (time: number) => new Date(time).toISOString().slice(0, 10);

describe.each<SqlBackend>(['sqlite', 'postgres'])(
  'measurement end to end against the emulator [%s]',
  (backend) => {
    let db: TestDatabase | undefined;
    let harness: AppHarness | undefined;
    afterEach(async () => {
      await harness?.close();
      await db?.drop();
    });

    it('ingests pixel events, attributes orders from signed webhooks (refunds too) and reports the KPIs', async () => {
      // Given the app installed on an emulated shop with a 50% holdout
      db = await openTestDatabase(backend);
      await migrateToLatest(db.database);
      const h = (harness = await startAppHarness({ seeds: [SEED], database: db.database }));
      const session = async () =>
        (await h.emulator.control.sessionToken({ shop: SHOP, clientId: HARNESS_APP.clientId })).token;
      expect(
        (await fetch(`${h.url}/api/sync`, { headers: { Authorization: `Bearer ${await session()}` } }))
          .status,
      ).toBe(200);
      await h.jobsIdle();
      const stores = h.app.stores;
      await stores.settings.put(SHOP, { holdoutPct: 50 });

      // And yesterday's checkouts, simulated through the offer core with a known take rate
      const yesterday = day(Date.now() - DAY_MS);
      const checkouts = simulateCheckouts({
        seed: 5,
        shop: SHOP,
        checkouts: 24,
        holdoutShare: 0.5,
        conversion: 0.8,
        conversionCost: 0,
        crossSellRate: 0.6,
        upgradeRate: 0.5,
        days: 1,
        firstDay: yesterday,
        catalog: catalogFromSeed(SEED),
      });
      const malformed: SimCheckout = {
        ...(checkouts.find((c) => c.arm === 'treatment' && c.lines !== null) as SimCheckout),
        token: 'malformed-checkout-token',
        plantedMinor: 0,
      };
      const all = [
        ...checkouts,
        {
          ...malformed,
          events: malformed.events.map((e) => ({ ...e, checkoutToken: malformed.token })),
          lines: (malformed.lines ?? []).map((line) => ({ ...line, attribute: 'garbage' })),
        },
      ];
      expect(new Set(checkouts.map((c) => c.arm))).toEqual(new Set(['treatment', 'control']));

      // When Shopify reports each checkout (signed checkouts/create) and the pixel posts its events (text/plain,
      // as sendBeacon does)
      for (const checkout of all) {
        await reportCheckout(h, SHOP, checkout);
      }
      // And the shop places the orders, which reach the app as signed orders/create webhooks
      const placed: { checkout: SimCheckout; order: EmulatedOrder }[] = [];
      for (const checkout of all.filter((c) => c.lines !== null)) {
        placed.push({ checkout, order: await placeOrder(h, SHOP, checkout, 600_000) });
      }
      const ids = placed.map((p) => p.order.id);
      await until(
        async () => (await stores.measurement.getOrderFacts(SHOP, ids)).length === ids.length,
        'every order attributed',
      );

      // And a cross-sell line is refunded and an upgraded order cancelled (signed orders/updated webhooks)
      const refunded = placed.find(
        (p) =>
          p.checkout.arm === 'treatment' && p.checkout.lines?.some((l) => l.attribute?.includes(':xsell:')),
      );
      const cancelled = placed.find(
        (p) =>
          p !== refunded &&
          p.checkout.arm === 'treatment' &&
          p.checkout.lines?.some((l) => l.attribute?.includes(':upgrade:')),
      );
      if (!refunded || !cancelled)
        throw new Error('seed 5 should give a cross-sell order and another upgrade order');
      const xsellIndex = refunded.checkout.lines?.findIndex((l) => l.attribute?.includes(':xsell:')) ?? -1;
      const xsellLine = refunded.order.lineItems[xsellIndex];
      const later = new Date(Date.now() - 60_000).toISOString();
      const updates = [
        {
          ...restOrder(refunded.order, undefined),
          updated_at: later,
          refunds: [
            {
              refund_line_items: [{ line_item_id: Number(xsellLine?.id.split('/').pop()), quantity: 1 }],
              transactions: [{ kind: 'refund', status: 'success', amount: xsellLine?.originalUnitPrice }],
            },
          ],
        },
        { ...restOrder(cancelled.order, undefined), updated_at: later, cancelled_at: later },
      ];
      for (const update of updates) {
        const body = JSON.stringify(update);
        const response = await fetch(`${h.url}/webhooks`, {
          method: 'POST',
          headers: signedWebhookHeaders(body, {
            topic: 'orders/updated',
            shop: SHOP,
            secret: HARNESS_APP.clientSecret,
          }),
          body,
        });
        expect(response.status).toBe(200);
      }
      await until(
        async () =>
          (await stores.measurement.getOrderFacts(SHOP, [refunded.order.id, cancelled.order.id])).every(
            (f) => f.sourceUpdatedAt === later,
          ),
        'the updates attributed',
      );

      // Then the dashboard API reports exactly the planted offer revenue, less the refund and the cancellation
      const xsellPrice = refunded.checkout.lines?.[xsellIndex]?.variant.priceMinor ?? 0;
      const planted =
        all.reduce((sum, c) => sum + c.plantedMinor, 0) - xsellPrice - cancelled.checkout.plantedMinor;
      const today = day(Date.now());
      await h.jobsIdle();
      const response = await fetch(`${h.url}/api/kpis?from=${yesterday}&to=${today}`, {
        headers: { Authorization: `Bearer ${await session()}` },
      });
      expect(response.status).toBe(200);
      const report = (await response.json()) as KpiReport & { shop: string; pendingDays: number };
      // Rolled up by the job the webhooks and events queued, not by this read
      expect(report.pendingDays).toBe(0);
      expect(report.shop).toBe(SHOP);
      expect(xsellPrice).toBeGreaterThan(0);
      expect(cancelled.checkout.plantedMinor).toBeGreaterThan(0);
      expect(report.attributed.revenueMinor).toBe(planted);
      expect(report.attributed.byKind.upgrade.revenueMinor).toBeGreaterThan(0);
      // And each arm counts its eligible checkouts and their (not cancelled) orders
      const arms = {
        treatment: all.filter((c) => c.arm === 'treatment'),
        control: all.filter((c) => c.arm === 'control'),
      };
      for (const arm of ['treatment', 'control'] as const) {
        const orders = arms[arm].filter((c) => c.lines !== null && c !== cancelled.checkout).length;
        expect([arm, report.arms[arm].eligibleCheckouts, report.arms[arm].orders]).toEqual([
          arm,
          arms[arm].length,
          orders,
        ]);
      }
      expect(report.arms.treatment.impressions).toBe(arms.treatment.length);
      expect(report.arms.control.attachRate).toBe(0);
      expect(report.dataQuality).toMatchObject({
        malformedAttributes: (malformed.lines ?? []).length,
        armMismatches: 0,
      });
      expect(report.verdict.kind).toBe('not-enough-data');
      expect(report.days.map((d) => d.day)).toEqual([yesterday, today]);
      // And no raw checkout token was stored with the events
      const stored = await stores.events.list(
        SHOP,
        { from: `${yesterday}T00:00:00Z`, to: `${today}T23:59:59Z` },
        { limit: 1_000 },
      );
      expect(stored.items).toHaveLength(all.reduce((n, c) => n + c.events.length, 0));
      expect(JSON.stringify(stored.items)).not.toContain(checkouts[0]?.token);

      // And the API refuses a missing session and a bad range
      expect((await fetch(`${h.url}/api/kpis`)).status).toBe(401);
      expect(
        (
          await fetch(`${h.url}/api/kpis?from=2025-13-01`, {
            headers: { Authorization: `Bearer ${await session()}` },
          })
        ).status,
      ).toBe(400);
    });
  },
);
