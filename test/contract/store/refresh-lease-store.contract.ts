import { describe, expect, it } from '@jest/globals';
import { steppingClock, type FixtureFactory } from '../../support/db.js';

export function describeRefreshLeaseStoreContract(name: string, fixture: FixtureFactory): void {
  describe(`RefreshLeaseStore [${name}]`, () => {
    it('gives a shop’s lease to one holder until it is released', async () => {
      const { stores, shop, otherShop } = fixture();
      expect(await stores.refreshLeases.tryAcquire(shop, 'a', 60_000)).toBe(true);
      expect(await stores.refreshLeases.tryAcquire(shop, 'b', 60_000)).toBe(false);
      expect(await stores.refreshLeases.tryAcquire(otherShop, 'b', 60_000)).toBe(true);
      // Another holder's release does nothing; the holder's frees it
      await stores.refreshLeases.release(shop, 'b');
      expect(await stores.refreshLeases.tryAcquire(shop, 'b', 60_000)).toBe(false);
      await stores.refreshLeases.release(shop, 'a');
      expect(await stores.refreshLeases.tryAcquire(shop, 'b', 60_000)).toBe(true);
    });

    it('lets another holder take a lease that lapsed (its holder crashed)', async () => {
      // Every clock reading moves 1 s on: a 1.5 s lease has lapsed two readings later
      const { stores, shop } = fixture({ clock: steppingClock('2026-12-07T00:00:00.000Z', 1_000) });
      expect(await stores.refreshLeases.tryAcquire(shop, 'crashed', 1_500)).toBe(true);
      expect(await stores.refreshLeases.tryAcquire(shop, 'b', 1_500)).toBe(false);
      expect(await stores.refreshLeases.tryAcquire(shop, 'b', 1_500)).toBe(true);
      // The crashed holder coming back cannot release what is now b's
      await stores.refreshLeases.release(shop, 'crashed');
      expect(await stores.refreshLeases.tryAcquire(shop, 'c', 60_000)).toBe(false);
    });

    it('lets exactly one of many concurrent claimants win, over two connections', async () => {
      const { stores, secondStores, shop } = fixture();
      const both = secondStores ? [stores, secondStores] : [stores];
      const claims = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          both[i % both.length]?.refreshLeases.tryAcquire(shop, `h${i}`, 60_000),
        ),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
    });
  });
}
