import { describe, expect, it } from '@jest/globals';
import type { CheckoutFact, OrderFact } from '@tandem/web/store/index';
import type { FixtureFactory } from '../../support/db.js';
import { buildEvent, buildOrder, buildProduct, orderGid, variantGid } from './builders.js';
import { expectInvalid } from './expect-invalid.js';

const hash = (letter: string) => letter.repeat(32);

function buildFact(n: number, overrides: Partial<OrderFact> = {}): OrderFact {
  return {
    orderId: orderGid(n),
    createdAt: '2025-03-02T10:00:00.000Z',
    sourceUpdatedAt: '2025-03-02T10:00:00.000Z',
    checkoutHash: null,
    arm: 'treatment',
    currency: 'EUR',
    cancelled: false,
    revenueMinor: 2_500,
    attributedMinor: 0,
    offerLines: 0,
    malformedLines: 0,
    armMismatches: 0,
    unpricedUpgrades: 0,
    ...overrides,
  };
}

function checkoutFact(
  letter: string,
  createdAt: string,
  overrides: Partial<CheckoutFact> = {},
): CheckoutFact {
  return {
    checkoutHash: hash(letter),
    createdAt,
    arm: 'treatment',
    eligible: true,
    source: 'checkout',
    ...overrides,
  };
}

export function describeMeasurementStoreContract(name: string, fixture: FixtureFactory): void {
  describe(`MeasurementStore [${name}]`, () => {
    it('stores, replaces and deletes order facts per shop', async () => {
      // Given a fact written, then rewritten after a refund
      const { stores, shop, otherShop } = fixture();
      await stores.measurement.putOrderFacts(shop, [
        buildFact(1),
        buildFact(2, { arm: null, checkoutHash: hash('b') }),
      ]);
      await stores.measurement.putOrderFacts(shop, [
        buildFact(1, { revenueMinor: 1_000, attributedMinor: -50, cancelled: true }),
      ]);
      // Then the latest fact is read back exactly, and other shops see nothing
      expect(await stores.measurement.getOrderFacts(shop, [orderGid(2), orderGid(1), orderGid(3)])).toEqual([
        buildFact(1, { revenueMinor: 1_000, attributedMinor: -50, cancelled: true }),
        buildFact(2, { arm: null, checkoutHash: hash('b') }),
      ]);
      expect(await stores.measurement.getOrderFacts(otherShop, [orderGid(1)])).toEqual([]);
      // And deleting removes only the named facts
      expect(await stores.measurement.deleteOrderFacts(shop, [orderGid(1), orderGid(9)])).toBe(1);
      expect(
        (await stores.measurement.getOrderFacts(shop, [orderGid(1), orderGid(2)])).map(
          (fact) => fact.orderId,
        ),
      ).toEqual([orderGid(2)]);
    });

    it('rejects a bad fact naming the field, storing nothing of the batch', async () => {
      const { stores, shop } = fixture();
      await expectInvalid(
        stores.measurement.putOrderFacts(shop, [buildFact(1), buildFact(2, { arm: 'both' as never })]),
        'facts[1].arm',
      );
      await expectInvalid(
        stores.measurement.putOrderFacts(shop, [buildFact(1, { revenueMinor: -1 })]),
        'facts[0].revenueMinor',
      );
      expect(await stores.measurement.getOrderFacts(shop, [orderGid(1)])).toEqual([]);
    });

    it('lists the orders a reconcile still has to attribute, oldest first', async () => {
      // Given three orders: one never attributed, one attributed and unchanged, one changed since its fact
      const { stores, shop } = fixture();
      await stores.orders.upsertOrders(shop, [buildOrder(1), buildOrder(2), buildOrder(3)]);
      await stores.measurement.putOrderFacts(shop, [
        buildFact(2, { sourceUpdatedAt: '2025-02-01T00:00:00.000Z' }),
        buildFact(3, { sourceUpdatedAt: '2025-01-15T00:00:00.000Z' }),
      ]);
      // When asked for up to two, then for all
      const two = await stores.measurement.unattributedOrders(shop, 2);
      // Then orders 1 and 3 come back whole, with their lines
      expect(two.map((order) => [order.id, order.lines.length])).toEqual([
        [orderGid(1), 2],
        [orderGid(3), 2],
      ]);
      expect(two[0]).toEqual(buildOrder(1));
      expect((await stores.measurement.unattributedOrders(shop, 1)).map((order) => order.id)).toEqual([
        orderGid(1),
      ]);
      await expectInvalid(stores.measurement.unattributedOrders(shop, 0), 'limit');
    });

    it('reads catalog prices of the variants that exist', async () => {
      const { stores, shop, otherShop } = fixture();
      await stores.catalog.upsertProducts(shop, [buildProduct(1)]);
      const prices = await stores.measurement.variantPrices(shop, [
        variantGid(101),
        variantGid(102),
        variantGid(999),
      ]);
      expect([...prices.entries()].sort()).toEqual([
        [variantGid(101), 1_250],
        [variantGid(102), 1_500],
      ]);
      expect((await stores.measurement.variantPrices(otherShop, [variantGid(101)])).size).toBe(0);
    });

    it("records the checkouts Shopify reported once, and lists a day's eligible ones with their earliest order", async () => {
      // Given a created Mar 1 23:59, b (eligible) and c (not eligible) on Mar 2, d with two orders, e in another shop
      const { stores, shop, otherShop } = fixture();
      const a = checkoutFact('a', '2025-03-01T23:59:00.000Z');
      const b = checkoutFact('b', '2025-03-02T09:00:00.000Z', { arm: 'control' });
      const c = checkoutFact('c', '2025-03-02T10:00:00.000Z', { eligible: false });
      const d = checkoutFact('d', '2025-03-02T12:00:00.000Z', { source: 'order' });
      expect(await stores.measurement.recordCheckouts(shop, [a, b, c, d])).toBe(4);
      await stores.measurement.recordCheckouts(otherShop, [checkoutFact('e', '2025-03-02T12:00:00.000Z')]);
      // And a later report of a checkout (another arm, another time) changes nothing: the first record stays
      expect(
        await stores.measurement.recordCheckouts(shop, [
          { ...b, arm: 'treatment', createdAt: '2025-03-03T00:00:00.000Z', eligible: false },
        ]),
      ).toBe(0);
      await stores.measurement.putOrderFacts(shop, [
        buildFact(1, { checkoutHash: hash('d'), createdAt: '2025-03-03T08:00:00.000Z' }),
        buildFact(2, { checkoutHash: hash('d'), createdAt: '2025-03-02T12:30:00.000Z' }),
      ]);
      // Then each reads back as first recorded, and other shops see none
      expect(await stores.measurement.getCheckouts(shop, [hash('d'), hash('b'), hash('z')])).toEqual([b, d]);
      expect(await stores.measurement.getCheckouts(otherShop, [hash('b')])).toEqual([]);
      // And Mar 2 lists b and d (c was not eligible, a counts on Mar 1), d with its earliest order
      expect(await stores.measurement.checkoutsOfDay(shop, '2025-03-02')).toEqual([
        { checkoutHash: hash('b'), arm: 'control', order: null },
        {
          checkoutHash: hash('d'),
          arm: 'treatment',
          order: buildFact(2, { checkoutHash: hash('d'), createdAt: '2025-03-02T12:30:00.000Z' }),
        },
      ]);
      expect(
        (await stores.measurement.checkoutsOfDay(shop, '2025-03-01')).map((o) => o.checkoutHash),
      ).toEqual([hash('a')]);
      // And checkout days name each recorded checkout's creation day
      expect(await stores.measurement.checkoutDays(shop, [hash('a'), hash('d'), hash('z')])).toEqual([
        '2025-03-01',
        '2025-03-02',
      ]);
      await expectInvalid(stores.measurement.checkoutsOfDay(shop, '2025-3-2'), 'day');
      await expectInvalid(
        stores.measurement.recordCheckouts(shop, [{ ...a, arm: 'both' as 'control' }]),
        'checkouts[0].arm',
      );
    });

    it("counts the funnel of a day's checkouts: verified, in the window, once per offer and placement, capped", async () => {
      // Given checkout a (treatment) and b (control, not eligible) reported on Mar 2, and x never reported
      const { stores, shop } = fixture();
      await stores.measurement.recordCheckouts(shop, [
        checkoutFact('a', '2025-03-02T10:00:00.000Z'),
        checkoutFact('b', '2025-03-02T11:00:00.000Z', { arm: 'control', eligible: false }),
        // c is known only from its order: its events came before
        checkoutFact('c', '2025-03-02T14:00:00.000Z', { source: 'order' }),
      ]);
      const event = (
        token: string,
        type: 'impression' | 'add' | 'eligible',
        offerId: string | null,
        at: string,
        placement = 'block',
      ) =>
        buildEvent({
          checkoutToken: hash(token),
          type,
          offerId,
          occurredAt: at,
          arm: 'treatment',
          placement,
        });
      await stores.events.appendMany(shop, [
        // a's block rendered three times, the same offer also under a line, one add, one eligible
        event('a', 'impression', '1-2', '2025-03-02T10:01:00.000Z'),
        event('a', 'impression', '1-2', '2025-03-02T10:02:00.000Z'),
        event('a', 'impression', '1-2', '2025-03-02T10:03:00.000Z'),
        event('a', 'impression', '1-2', '2025-03-02T10:03:00.000Z', 'line'),
        event('a', 'add', '1-2', '2025-03-02T10:04:00.000Z'),
        event('a', 'eligible', null, '2025-03-02T10:00:30.000Z'),
        // outside a's window: long before, and days after
        event('a', 'impression', '3-4', '2025-03-01T10:00:00.000Z'),
        event('a', 'impression', '5-6', '2025-03-04T10:00:01.000Z'),
        // b's browser says treatment; the server's arm is control
        event('b', 'impression', '7-8', '2025-03-02T11:00:10.000Z'),
        event('c', 'impression', '1-2', '2025-03-02T12:00:00.000Z'),
        // x was never reported by Shopify
        event('x', 'impression', '9-9', '2025-03-02T10:00:00.000Z'),
      ]);
      const rules = { earlyMs: 600_000, windowMs: 86_400_000, eventsPerType: 40 };
      // Then a counts 2 impressions (block, line) and 1 add, b 1 impression in control, c 1, x nothing
      expect(await stores.measurement.funnelOfDay(shop, '2025-03-02', rules)).toEqual([
        { arm: 'control', type: 'impression', events: 1, checkouts: 1 },
        { arm: 'treatment', type: 'add', events: 1, checkouts: 1 },
        { arm: 'treatment', type: 'impression', events: 3, checkouts: 2 },
      ]);
      // And a cap of 1 per type holds a's two impressions to one and keeps its add: one type's events never
      // crowd out another's
      expect(
        await stores.measurement.funnelOfDay(shop, '2025-03-02', { ...rules, eventsPerType: 1 }),
      ).toEqual([
        { arm: 'control', type: 'impression', events: 1, checkouts: 1 },
        { arm: 'treatment', type: 'add', events: 1, checkouts: 1 },
        { arm: 'treatment', type: 'impression', events: 2, checkouts: 2 },
      ]);
      expect(await stores.measurement.funnelOfDay(shop, '2025-03-01', rules)).toEqual([]);
      await expectInvalid(
        stores.measurement.funnelOfDay(shop, '2025-03-02', { ...rules, eventsPerType: 0 }),
        'eventsPerType',
      );
    });

    it('reads a day with more checkouts and orders than one read takes, each once (ties on time included)', async () => {
      // Given 2,500 checkouts of one day, three at each instant, a tenth in control, each with one impression shown
      // twice and one add, and 2,100 orders all placed at the same instant
      const { stores, shop } = fixture();
      const hex = (n: number) => n.toString(16).padStart(32, '0');
      const facts = Array.from({ length: 2_500 }, (_, n) =>
        checkoutFact(
          'a',
          new Date(Date.parse('2025-03-02T00:00:00.000Z') + Math.floor(n / 3) * 60_000).toISOString(),
          {
            checkoutHash: hex(n),
            arm: n % 10 === 0 ? 'control' : 'treatment',
          },
        ),
      );
      await stores.measurement.recordCheckouts(shop, facts);
      await stores.events.appendMany(
        shop,
        facts.flatMap((fact) =>
          [0, 1_000, 2_000].map((offset, i) =>
            buildEvent({
              checkoutToken: fact.checkoutHash,
              type: i === 2 ? 'add' : 'impression',
              offerId: '1-2',
              occurredAt: new Date(Date.parse(fact.createdAt) + offset).toISOString(),
            }),
          ),
        ),
      );
      const orders = Array.from({ length: 2_100 }, (_, n) =>
        buildFact(n + 1, { createdAt: '2025-03-02T12:00:00.000Z', checkoutHash: hex(n) }),
      );
      await stores.measurement.putOrderFacts(shop, orders);
      // Then every checkout and order is read once
      const outcomes = await stores.measurement.checkoutsOfDay(shop, '2025-03-02');
      expect(outcomes.map((o) => o.checkoutHash)).toEqual(facts.map((f) => f.checkoutHash).sort());
      expect(outcomes.filter((o) => o.order !== null)).toHaveLength(2_100);
      const ofDay = await stores.measurement.ordersOfDay(shop, '2025-03-02');
      expect(new Set(ofDay.map((o) => o.orderId)).size).toBe(2_100);
      // And every checkout counts once per type, in its own arm
      expect(
        await stores.measurement.funnelOfDay(shop, '2025-03-02', {
          earlyMs: 600_000,
          windowMs: 86_400_000,
          eventsPerType: 20,
        }),
      ).toEqual([
        { arm: 'control', type: 'add', events: 250, checkouts: 250 },
        { arm: 'control', type: 'impression', events: 250, checkouts: 250 },
        { arm: 'treatment', type: 'add', events: 2_250, checkouts: 2_250 },
        { arm: 'treatment', type: 'impression', events: 2_250, checkouts: 2_250 },
      ]);
    });

    it('purges events past retention, and earlier those of checkouts Shopify never reported', async () => {
      // Given a reported checkout a with an old and a recent event, and unreported x with the same, in two shops
      const { stores, shop, otherShop } = fixture();
      await stores.measurement.recordCheckouts(shop, [checkoutFact('a', '2025-03-01T10:00:00.000Z')]);
      const events = [
        buildEvent({ checkoutToken: hash('a'), occurredAt: '2025-01-01T10:00:00.000Z' }),
        buildEvent({ checkoutToken: hash('a'), occurredAt: '2025-03-01T10:00:00.000Z' }),
        buildEvent({ checkoutToken: hash('x'), occurredAt: '2025-03-01T10:00:00.000Z' }),
        buildEvent({ checkoutToken: hash('x'), occurredAt: '2025-03-09T10:00:00.000Z' }),
      ];
      await stores.events.appendMany(shop, events);
      await stores.events.appendMany(otherShop, events);
      // When purged with retention from Feb 1 and unreported checkouts' events from Mar 5
      const deleted = await stores.measurement.purgeEvents(shop, {
        before: '2025-02-01T00:00:00.000Z',
        unverifiedBefore: '2025-03-05T00:00:00.000Z',
      });
      // Then a's old event and x's older event are gone; a's recent one and x's within the window stay
      expect(deleted).toBe(2);
      const left = await stores.events.list(shop, {
        from: '2024-01-01T00:00:00.000Z',
        to: '2026-01-01T00:00:00.000Z',
      });
      expect(left.items.map((event) => [event.checkoutToken, event.occurredAt])).toEqual([
        [hash('a'), '2025-03-01T10:00:00.000Z'],
        [hash('x'), '2025-03-09T10:00:00.000Z'],
      ]);
      // And the other shop keeps all of its events
      expect(await stores.events.count(otherShop)).toBe(4);
      await expectInvalid(
        stores.measurement.purgeEvents(shop, {
          before: 'yesterday',
          unverifiedBefore: '2025-03-05T00:00:00.000Z',
        }),
        'before',
      );
    });

    it('lists the orders of a day with whether their customer ordered again', async () => {
      // Given a customer's offer order on Mar 2 and a later order on Mar 5, and a fact whose order is not stored
      const { stores, shop } = fixture();
      const customerHash = 'c'.repeat(64);
      await stores.orders.upsertOrders(shop, [
        buildOrder(1, { createdAt: '2025-03-02T10:00:00.000Z', customerHash }),
        buildOrder(2, { createdAt: '2025-03-05T10:00:00.000Z', customerHash }),
      ]);
      await stores.measurement.putOrderFacts(shop, [
        buildFact(1, { offerLines: 1, attributedMinor: 700 }),
        buildFact(2, { createdAt: '2025-03-05T10:00:00.000Z' }),
        buildFact(3, { createdAt: '2025-03-02T23:00:00.000Z' }),
      ]);
      // When each day is read
      const march2 = await stores.measurement.ordersOfDay(shop, '2025-03-02');
      const march5 = await stores.measurement.ordersOfDay(shop, '2025-03-05');
      // Then the first order was followed by another, the last was not, and the orphan has no customer
      expect(march2.map((o) => [o.orderId, o.customerHash, o.orderedAgain, o.attributedMinor])).toEqual([
        [orderGid(1), customerHash, true, 700],
        [orderGid(3), null, false, 0],
      ]);
      expect(march5.map((o) => [o.orderId, o.orderedAgain])).toEqual([[orderGid(2), false]]);
      // And the customer's offer-taking days are known for re-rolling up
      expect(await stores.measurement.offerDaysOfCustomers(shop, [customerHash, 'd'.repeat(64)])).toEqual([
        '2025-03-02',
      ]);
    });

    it('keeps a day dirty when it was marked again while its rollup was computed', async () => {
      // Given two dirty days
      const { stores, shop, otherShop } = fixture();
      await stores.measurement.markDirty(shop, ['2025-03-01', '2025-03-02', '2025-03-02']);
      const seen = await stores.measurement.dirtyDays(shop);
      expect(seen.map((d) => d.day)).toEqual(['2025-03-01', '2025-03-02']);
      // When Mar 2 is marked again before the rollups computed from `seen` are stored
      await stores.measurement.markDirty(shop, ['2025-03-02']);
      await stores.measurement.putRollups(
        shop,
        [
          { day: '2025-03-01', payload: { n: 1 } },
          { day: '2025-03-02', payload: { n: 2, list: [1, 'x'] } },
        ],
        seen,
      );
      // Then Mar 1 is clean, Mar 2 still dirty, and both rollups are stored
      expect((await stores.measurement.dirtyDays(shop)).map((d) => d.day)).toEqual(['2025-03-02']);
      expect(await stores.measurement.dirtyDays(shop, { from: '2025-03-03', to: '2025-03-09' })).toEqual([]);
      const rollups = await stores.measurement.rollups(shop, { from: '2025-03-01', to: '2025-03-02' });
      expect(rollups.map((r) => [r.day, r.payload])).toEqual([
        ['2025-03-01', { n: 1 }],
        ['2025-03-02', { n: 2, list: [1, 'x'] }],
      ]);
      expect(rollups[0]?.computedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(await stores.measurement.rollups(shop, { from: '2025-03-02', to: '2025-03-02' })).toHaveLength(
        1,
      );
      expect(await stores.measurement.rollups(otherShop, { from: '2025-03-01', to: '2025-03-02' })).toEqual(
        [],
      );
      await expectInvalid(stores.measurement.rollups(shop, { from: '2025-03-02', to: '2025-03-01' }), 'to');
    });

    it("deleteCustomerData removes the customer's order facts too", async () => {
      const { stores, shop } = fixture();
      const customerHash = 'f'.repeat(64);
      await stores.orders.upsertOrders(shop, [buildOrder(1), buildOrder(2, { customerHash })]);
      await stores.measurement.putOrderFacts(shop, [buildFact(1), buildFact(2)]);
      await stores.deleteCustomerData(shop, customerHash);
      expect(
        (await stores.measurement.getOrderFacts(shop, [orderGid(1), orderGid(2)])).map((f) => f.orderId),
      ).toEqual([orderGid(1)]);
    });
  });
}
