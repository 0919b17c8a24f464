import { describe, expect, it } from '@jest/globals';
import type { FixtureFactory } from '../../support/db.js';
import { expectInvalid } from './expect-invalid.js';

export function describeShopStoreContract(name: string, fixture: FixtureFactory): void {
  describe(`ShopStore [${name}]`, () => {
    it('installs, uninstalls and re-installs a shop', async () => {
      // Given a shop that was never installed
      const { stores, shop } = fixture();
      expect(await stores.shops.get(shop)).toBeUndefined();

      // When it installs, flags re-auth, uninstalls and installs again
      await stores.shops.markInstalled(shop, { scopes: ['read_products'], at: '2025-01-01T00:00:00Z' });
      expect(await stores.shops.setNeedsReauth(shop, true)).toBe(true);
      const uninstalled = await stores.shops.markUninstalled(shop, '2025-02-01T00:00:00Z');
      const reinstalled = await stores.shops.markInstalled(shop, {
        scopes: ['read_products', 'read_orders'],
        at: '2025-03-01T00:00:00+01:00',
      });

      // Then each step is recorded and the re-install starts clean
      expect(uninstalled).toMatchObject({
        status: 'uninstalled',
        uninstalledAt: '2025-02-01T00:00:00.000Z',
        needsReauth: true,
      });
      expect(reinstalled).toEqual({
        domain: shop,
        status: 'installed',
        scopes: ['read_products', 'read_orders'],
        installedAt: '2025-02-28T23:00:00.000Z',
        uninstalledAt: null,
        needsReauth: false,
        shopId: null,
      });
      expect(await stores.shops.get(shop)).toEqual(reinstalled);
    });

    it("records Shopify's shop id as digits, keeps it across a re-install, and rejects anything else", async () => {
      const { stores, shop, otherShop } = fixture();
      await stores.shops.markInstalled(shop, { scopes: [], at: '2025-01-01T00:00:00Z' });
      expect(await stores.shops.setShopId(shop, '788032119674292922')).toBe(true);
      await stores.shops.markUninstalled(shop, '2025-02-01T00:00:00Z');
      await stores.shops.markInstalled(shop, { scopes: [], at: '2025-03-01T00:00:00Z' });
      expect((await stores.shops.get(shop))?.shopId).toBe('788032119674292922');
      expect(await stores.shops.setShopId(otherShop, '1')).toBe(false);
      await expectInvalid(stores.shops.setShopId(shop, 'gid://shopify/Shop/1'), 'shopId');
    });

    it('leaves unknown shops unknown', async () => {
      // Given no shop
      const { stores, shop } = fixture();
      // When it is uninstalled or flagged
      const uninstalled = await stores.shops.markUninstalled(shop, '2025-02-01T00:00:00Z');
      const flagged = await stores.shops.setNeedsReauth(shop, true);
      // Then nothing is created
      expect(uninstalled).toBeUndefined();
      expect(flagged).toBe(false);
      expect(await stores.shops.get(shop)).toBeUndefined();
    });

    it('lists shops by status', async () => {
      // Given one installed and one uninstalled shop
      const { stores, shop, otherShop } = fixture();
      await stores.shops.markInstalled(shop, { scopes: [], at: '2025-01-01T00:00:00Z' });
      await stores.shops.markInstalled(otherShop, { scopes: [], at: '2025-01-01T00:00:00Z' });
      await stores.shops.markUninstalled(otherShop, '2025-01-02T00:00:00Z');
      // When listing by status
      const installed = (await stores.shops.list({ status: 'installed' })).map((s) => s.domain);
      const uninstalled = (await stores.shops.list({ status: 'uninstalled' })).map((s) => s.domain);
      const all = (await stores.shops.list()).map((s) => s.domain);
      // Then each shop appears under its status only, and the full list is sorted
      expect(installed).toContain(shop);
      expect(installed).not.toContain(otherShop);
      expect(uninstalled).toContain(otherShop);
      expect(uninstalled).not.toContain(shop);
      expect(all).toEqual([...all].sort());
    });

    it('rejects a malformed shop domain or timestamp, naming it', async () => {
      const { stores, shop } = fixture();
      await expectInvalid(
        stores.shops.markInstalled('https://evil.example', { scopes: [], at: '2025-01-01T00:00:00Z' }),
        'shop',
      );
      await expectInvalid(stores.shops.markInstalled(shop, { scopes: [], at: '2025-01-01 00:00' }), 'at');
      expect(await stores.shops.get(shop)).toBeUndefined();
    });
  });
}
