import { describe, expect, it } from '@jest/globals';
import type { FixtureFactory } from '../../support/db.js';
import { buildEvent } from './builders.js';
import { expectInvalid } from './expect-invalid.js';

const march = { from: '2025-03-01T00:00:00Z', to: '2025-04-01T00:00:00Z' };

export function describeEventStoreContract(name: string, fixture: FixtureFactory): void {
  describe(`EventStore [${name}]`, () => {
    it('counts events per UTC day, arm and type, with distinct checkouts', async () => {
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
      // When counted over March
      const counts = await stores.events.countByDay(shop, march);
      // Then days are UTC (+01:00 at 00:30 is still March 1) and the range end is exclusive
      expect(stored).toBe(5);
      expect(counts).toEqual([
        { day: '2025-03-01', arm: 'treatment', type: 'impression', events: 3, checkouts: 2 },
        { day: '2025-03-02', arm: 'control', type: 'eligible', events: 1, checkouts: 1 },
      ]);
      expect(await stores.events.count(shop)).toBe(5);
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
      expect(await stores.events.countByDay(shop, march)).toEqual([
        { day: '2025-03-01', arm: 'treatment', type: 'impression', events: 12_000, checkouts: 3_000 },
      ]);
    }, 60_000);

    it('keeps shops apart and stores nothing of an invalid batch', async () => {
      const { stores, shop, otherShop } = fixture();
      await stores.events.appendMany(shop, [buildEvent()]);
      await expectInvalid(
        stores.events.appendMany(otherShop, [buildEvent(), buildEvent({ arm: 'both' } as never)]),
        'events[1].arm',
      );
      expect(await stores.events.count(otherShop)).toBe(0);
      expect(await stores.events.countByDay(otherShop, march)).toEqual([]);
      await expectInvalid(stores.events.countByDay(shop, { from: march.to, to: march.from }), 'to');
    });
  });
}
