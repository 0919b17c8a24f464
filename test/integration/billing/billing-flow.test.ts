import { afterEach, describe, expect, it } from '@jest/globals';
import { generateDemoShop } from '@tandem/emulator/demo/index';
import { restOrder } from '@tandem/emulator/state/rest-payloads';
import type { BillingResponse } from '@tandem/web/api-contract/index';
import { migrateToLatest } from '@tandem/web/store/index';
import { HARNESS_APP, startAppHarness, type AppHarness } from '../../support/app-harness.js';
import { openTestDatabase, type TestDatabase } from '../../support/db.js';
import { eventually } from '../../support/eventually.js';
import { billingClient, decide, HOLDOUT_PCT, placeOfferOrder, redeliver, TEST_PLANS } from './support.js';

// The whole app against the emulated Shopify: plan changes go through the Billing API and its confirmation page,
// orders arrive as signed webhooks, and usage is charged on the emulator's subscription.

const SEED = generateDemoShop({ seed: 41, products: 8, orders: 4, domain: 'billing-flow.myshopify.com' });
const SHOP = SEED.shop.domain;

let db: TestDatabase | undefined;
let harness: AppHarness | undefined;
afterEach(async () => {
  await harness?.close();
  await db?.drop();
  harness = db = undefined;
});

async function start(clock?: () => number) {
  db = await openTestDatabase('sqlite');
  await migrateToLatest(db.database);
  const h = (harness = await startAppHarness({
    seeds: [SEED],
    database: db.database,
    env: TEST_PLANS,
    // Moving the emulated clock two days must not expire the app's offline token on the way.
    ...(clock ? { emulatorClock: clock, tokens: { offlineTtlS: 30 * 86_400 } } : {}),
  }));
  await h.openAppAndSync(SHOP);
  await h.app.stores.settings.put(SHOP, { holdoutPct: HOLDOUT_PCT });
  return { h, billing: billingClient(h, SHOP) };
}

/** Waits until `orders` orders that took an offer are counted this period. */
const counted = (billing: ReturnType<typeof billingClient>, orders: number) =>
  eventually(async () => {
    const view = await billing.view();
    expect(view.usage.orders).toBe(orders);
    return view;
  });

const kinds = (view: BillingResponse) => view.notices.map((notice) => notice.kind);

describe('charging through Shopify against the emulator', () => {
  it('Free → over the limit (unbilled, told) → Growth approved → included, charged, cap reached → cancelled', async () => {
    const { h, billing } = await start();
    // Given a shop on Free (1 order that took an offer a month)
    expect(await billing.view()).toMatchObject({ plan: 'free', test: true, usage: { orders: 0 } });

    // When two treatment orders took an offer: the first is included, the second is past the limit
    await placeOfferOrder(h, SEED, 'treatment', 'free-1');
    await counted(billing, 1);
    await placeOfferOrder(h, SEED, 'treatment', 'free-2');
    const overLimit = await counted(billing, 2);
    // Then nothing is charged, offers keep working, and the merchant is told
    expect(overLimit.usage).toMatchObject({ includedOrders: 1, unbilledOrders: 1, chargedOrders: 0 });
    expect(kinds(overLimit)).toContain('over-free-limit');

    // When the merchant upgrades with a 1.00 cap and approves on Shopify's confirmation page
    const change = await billing.subscribe('1.00');
    if (change.kind !== 'confirm') throw new Error(`expected a confirmation page, got ${change.kind}`);
    const pending = await billing.view();
    expect(pending.plan).toBe('free');
    expect(pending.confirmationUrl).toBe(change.confirmationUrl);
    const approved = await decide(change.confirmationUrl, 'approve');
    // Then Shopify sends them back to the app's Plan page with the charge id
    expect(approved.status).toBe(303);
    expect(approved.location).toMatch(new RegExp(`^${h.url}/plan\\?shop=${SHOP}&charge_id=\\d+$`));
    const growth = await billing.view();
    expect(growth).toMatchObject({
      plan: 'growth',
      test: true,
      usage: { orders: 0, cappedMinor: 100, balanceUsedMinor: 0 },
      nextCharge: { recurringMinor: 2_900, usageMinor: 0 },
    });
    const [active] = (await h.app.stores.billing.subscriptions(SHOP)).filter((s) => s.status === 'ACTIVE');
    if (!active) throw new Error('no active subscription stored');

    // When four more treatment orders take an offer: 1 included, 2 charged at 0.50, the 4th would pass the cap
    const orders = [];
    for (const name of ['g-1', 'g-2', 'g-3', 'g-4']) {
      orders.push(await placeOfferOrder(h, SEED, 'treatment', name));
      await counted(billing, orders.length);
    }
    const capped = await billing.view();
    expect(capped.usage).toMatchObject({
      orders: 4,
      includedOrders: 1,
      chargedOrders: 2,
      refusedOrders: 1,
      chargedMinor: 100,
      balanceUsedMinor: 100,
    });
    expect(capped.refused).toEqual([
      expect.objectContaining({
        orderId: orders[3]?.id,
        reason: 'cap',
        message: expect.stringMatching(/exceeds balance remaining/),
      }),
    ]);
    expect(kinds(capped)).toContain('cap-reached');
    expect(capped.nextCharge).toEqual({
      at: active.currentPeriodEnd,
      recurringMinor: 2_900,
      usageMinor: 100,
    });
    // And Shopify holds exactly the two usage records, keyed by the orders' ids, and warned at 90% of the cap
    const usageOnShopify = () => {
      const subscription = h.emulator.engine.appSubscription(SHOP, active.id);
      const line = subscription?.lineItems.find((item) => item.kind === 'usage');
      return line?.kind === 'usage' ? line.records : [];
    };
    expect(usageOnShopify().map((r) => [r.idempotencyKey, r.price.amount])).toEqual([
      [`tandem-order-${orders[1]?.id.split('/').pop()}`, '0.5'],
      [`tandem-order-${orders[2]?.id.split('/').pop()}`, '0.5'],
    ]);
    await h.emulator.control.waitForDeliveries(
      { shop: SHOP, topic: 'app_subscriptions/approaching_capped_amount', state: 'delivered' },
      (deliveries) => deliveries.length === 1,
    );

    // When Shopify delivers a charged order again (a duplicate under a new webhook id)
    const before = h.finishedJobs();
    await redeliver(h, SHOP, restOrder(orders[1] as never, undefined));
    await h.jobsFinished(before + 1);
    // Then it is not charged twice
    expect(usageOnShopify()).toHaveLength(2);
    expect((await billing.view()).usage).toMatchObject({ orders: 4, chargedOrders: 2, chargedMinor: 100 });

    // When the merchant downgrades
    expect(await billing.cancel()).toEqual({ kind: 'cancelled' });
    // Then the shop is back on Free, Shopify's subscription is cancelled, and no further order is charged
    const free = await billing.view();
    expect(free.plan).toBe('free');
    expect(kinds(free)).toContain('cancelled');
    expect(h.emulator.engine.appSubscription(SHOP, active.id)?.status).toBe('CANCELLED');
    await placeOfferOrder(h, SEED, 'treatment', 'after-cancel');
    await eventually(async () => expect((await billing.view()).usage.orders).toBe(3));
    expect(usageOnShopify()).toHaveLength(2);
  });

  it('holdout orders are never counted or charged, even past every allowance', async () => {
    // Given a shop on Growth (1 order included, then 0.50 each) with a 50% holdout
    const { h, billing } = await start();
    const change = await billing.subscribe();
    if (change.kind !== 'confirm') throw new Error('expected a confirmation page');
    await decide(change.confirmationUrl, 'approve');
    // When holdout-arm orders carry an offer attribute (as a tampered or stale cart could) beside treated ones
    await placeOfferOrder(h, SEED, 'treatment', 'treated');
    await counted(billing, 1);
    const held = [];
    for (const name of ['held-1', 'held-2', 'held-3'])
      held.push(await placeOfferOrder(h, SEED, 'control', name));
    await placeOfferOrder(h, SEED, 'treatment', 'treated-2');
    await counted(billing, 2);
    // Then the holdout orders were processed (their arm recorded) but never counted or charged
    const ids = held.map((order) => order.id);
    await eventually(async () => {
      const facts = await h.app.stores.measurement.getOrderFacts(SHOP, ids);
      expect(facts.map((fact) => fact.arm)).toEqual(['control', 'control', 'control']);
    });
    const view = await billing.view();
    expect(view.usage).toMatchObject({ orders: 2, includedOrders: 1, chargedOrders: 1, chargedMinor: 50 });
    const [active] = (await h.app.stores.billing.subscriptions(SHOP)).filter((s) => s.status === 'ACTIVE');
    const line = h.emulator.engine
      .appSubscription(SHOP, active?.id ?? '')
      ?.lineItems.find((l) => l.kind === 'usage');
    const keys = line?.kind === 'usage' ? line.records.map((r) => r.idempotencyKey) : [];
    expect(keys).toHaveLength(1);
    for (const id of ids) expect(keys).not.toContain(`tandem-order-${id.split('/').pop()}`);
  });

  it('a declined confirmation leaves the shop on Free with a message; nothing is charged', async () => {
    const { billing } = await start();
    const change = await billing.subscribe();
    if (change.kind !== 'confirm') throw new Error('expected a confirmation page');
    const declined = await decide(change.confirmationUrl, 'decline');
    expect(declined.status).toBe(200);
    expect(declined.body).toContain('You declined the charge');
    const view = await billing.view();
    expect(view.plan).toBe('free');
    expect(view.confirmationUrl).toBeNull();
    expect(view.notices).toEqual([expect.objectContaining({ kind: 'declined', tone: 'warning' })]);
    // And the page cannot be used again
    expect((await fetch(change.confirmationUrl)).status).toBe(410);
  });

  it('a confirmation left for two days expires: the shop stays on Free and is told', async () => {
    let offset = 0;
    const { h, billing } = await start(() => Date.now() + offset);
    const change = await billing.subscribe();
    if (change.kind !== 'confirm') throw new Error('expected a confirmation page');
    expect(kinds(await billing.view())).toEqual(['pending']);
    // Session tokens are signed by the emulated Shopify: one minted now stays valid for the app after the jump.
    const { token } = await h.emulator.control.sessionToken({ shop: SHOP, clientId: HARNESS_APP.clientId });
    offset = 2 * 86_400_000 + 1_000;
    const view = await billingClient(h, SHOP, token).view();
    expect(view.plan).toBe('free');
    expect(view.notices).toEqual([expect.objectContaining({ kind: 'expired' })]);
    expect((await fetch(change.confirmationUrl)).status).toBe(410);
  });
});
