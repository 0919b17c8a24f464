import { describe, expect, it } from '@jest/globals';
import type { FixtureFactory } from '../../support/db.js';
import { buildEvent } from './builders.js';
import { expectInvalid } from './expect-invalid.js';

const march = { from: '2025-03-01T00:00:00Z', to: '2025-04-01T00:00:00Z' };

export function describeEventStoreContract(name: string, fixture: FixtureFactory): void {
  describe(`EventStore [${name}]`, () => {
    it('stores a batch and reads back the events of a range, its end exclusive', async () => {
      // Given events over two days, one just outside the range, in two arms
      const { stores, shop } = fixture();
      const stored = await stores.events.appendMany(shop, [
        buildEvent({ checkoutToken: 'a', occurredAt: '2025-03-01T23:59:59+00:00' }),
        buildEvent({ checkoutToken: 'a', occurredAt: '2025-03-01T10:00:00Z' }),
        buildEvent({ checkoutToken: 'b', occurredAt: '2025-03-02T00:30:00+01:00' }),
        buildEvent({
          checkoutToken: 'c',
          arm: 'control',
          type: 'eligible',
          offerId: null,
          occurredAt: '2025-03-02T08:00:00Z',
        }),
        buildEvent({ checkoutToken: 'd', occurredAt: '2025-04-01T00:00:00Z' }),
      ]);
      // When read over March
      const { items } = await stores.events.list(shop, march);
      // Then times are UTC (+01:00 at 00:30 is March 1, 23:30) and the range end is exclusive
      expect(stored).toBe(5);
      expect(items.map((event) => [event.checkoutToken, event.occurredAt, event.arm, event.type])).toEqual([
        ['a', '2025-03-01T10:00:00.000Z', 'treatment', 'impression'],
        ['b', '2025-03-01T23:30:00.000Z', 'treatment', 'impression'],
        ['a', '2025-03-01T23:59:59.000Z', 'treatment', 'impression'],
        ['c', '2025-03-02T08:00:00.000Z', 'control', 'eligible'],
      ]);
      expect(await stores.events.count(shop)).toBe(5);
    });

    it('finds when the earliest event of a type in a range occurred', async () => {
      const { stores, shop, otherShop } = fixture();
      await stores.events.appendMany(shop, [
        buildEvent({ type: 'eligible', offerId: null, occurredAt: '2025-02-28T23:00:00Z' }),
        buildEvent({ occurredAt: '2025-03-01T08:00:00Z' }),
        buildEvent({ type: 'eligible', offerId: null, occurredAt: '2025-03-03T09:00:00Z' }),
        buildEvent({ type: 'eligible', offerId: null, occurredAt: '2025-03-02T10:00:00+01:00' }),
      ]);
      expect(await stores.events.firstOfType(shop, 'eligible', march)).toBe('2025-03-02T09:00:00.000Z');
      expect(await stores.events.firstOfType(shop, 'impression', march)).toBe('2025-03-01T08:00:00.000Z');
      expect(await stores.events.firstOfType(shop, 'add', march)).toBeNull();
      expect(await stores.events.firstOfType(otherShop, 'eligible', march)).toBeNull();
      await expectInvalid(
        stores.events.firstOfType(shop, 'eligible', { from: march.to, to: march.from }),
        'to',
      );
    });

    it('pages events in time order', async () => {
      const { stores, shop } = fixture();
      const times = Array.from({ length: 9 }, (_, i) => `2025-03-0${i + 1}T12:00:00.000Z`);
      await stores.events.appendMany(
        shop,
        [...times].reverse().map((occurredAt) => buildEvent({ occurredAt })),
      );
      const first = await stores.events.list(shop, march, { limit: 5 });
      const second = await stores.events.list(shop, march, { limit: 5, after: first.nextCursor });
      expect([...first.items, ...second.items].map((event) => event.occurredAt)).toEqual(times);
      expect(second.nextCursor).toBeNull();
      expect(first.items[0]).toMatchObject({
        shop,
        arm: 'treatment',
        type: 'impression',
        offerId: 'offer-1',
      });
    });

    it('appends a large batch in one call', async () => {
      const { stores, shop } = fixture();
      const events = Array.from({ length: 12_000 }, (_, i) => buildEvent({ checkoutToken: `c${i % 3_000}` }));
      expect(await stores.events.appendMany(shop, events)).toBe(12_000);
      expect(await stores.events.count(shop)).toBe(12_000);
    }, 60_000);

    it('keeps shops apart and stores nothing of an invalid batch', async () => {
      const { stores, shop, otherShop } = fixture();
      await stores.events.appendMany(shop, [buildEvent()]);
      await expectInvalid(
        stores.events.appendMany(otherShop, [buildEvent(), buildEvent({ arm: 'both' } as never)]),
        'events[1].arm',
      );
      expect(await stores.events.count(otherShop)).toBe(0);
      expect((await stores.events.list(otherShop, march)).items).toEqual([]);
      await expectInvalid(stores.events.list(shop, { from: march.to, to: march.from }), 'to');
    });
  });
}
