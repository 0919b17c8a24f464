import { describe, expect, it } from '@jest/globals';
import type { FixtureFactory } from '../../support/db.js';
import { expectInvalid } from './expect-invalid.js';

const customer = (n: number) => ({
  customerId: `gid://shopify/Customer/${n}`,
  customerHash: String(n).padStart(2, '0').repeat(32),
});

export function describeProfileStoreContract(name: string, fixture: FixtureFactory): void {
  describe(`ProfileStore [${name}]`, () => {
    it('remembers customers once, pages them by id and keeps what was published for them', async () => {
      const { stores, shop, otherShop } = fixture();
      await stores.profiles.remember(shop, [customer(12), customer(11), customer(13)]);
      await stores.profiles.remember(otherShop, [customer(14)]);
      await stores.profiles.markPublished(shop, [
        { customerId: customer(12).customerId, contentHash: 'abcd1234' },
      ]);
      // Remembering a known customer again leaves its published hash alone
      await stores.profiles.remember(shop, [customer(12)]);
      const first = await stores.profiles.list(shop, { limit: 2 });
      expect(first.items).toEqual([
        { ...customer(11), publishedHash: null },
        { ...customer(12), publishedHash: 'abcd1234' },
      ]);
      const second = await stores.profiles.list(shop, { limit: 2, after: first.nextCursor });
      expect(second).toEqual({ items: [{ ...customer(13), publishedHash: null }], nextCursor: null });
      expect(await stores.profiles.findByHash(shop, customer(12).customerHash)).toEqual({
        ...customer(12),
        publishedHash: 'abcd1234',
      });
      expect(await stores.profiles.findByHash(shop, customer(14).customerHash)).toBeUndefined();
    });

    it('unpublishes, forgets a shop’s customers only, and goes with the customer’s data', async () => {
      const { stores, shop, otherShop } = fixture();
      await stores.profiles.remember(shop, [customer(21), customer(22)]);
      await stores.profiles.remember(otherShop, [customer(21)]);
      await stores.profiles.markPublished(shop, [
        { customerId: customer(21).customerId, contentHash: 'ffff0000' },
      ]);
      await stores.profiles.markPublished(shop, [{ customerId: customer(21).customerId, contentHash: null }]);
      expect((await stores.profiles.findByHash(shop, customer(21).customerHash))?.publishedHash).toBeNull();
      await stores.deleteCustomerData(shop, customer(22).customerHash);
      expect(await stores.profiles.findByHash(shop, customer(22).customerHash)).toBeUndefined();
      expect(await stores.profiles.forgetAll(shop)).toBe(1);
      expect((await stores.profiles.list(shop)).items).toEqual([]);
      expect((await stores.profiles.list(otherShop)).items).toHaveLength(1);
    });

    it('refuses what is not a customer GID with its hash', async () => {
      const { stores, shop } = fixture();
      const error = await expectInvalid(
        stores.profiles.remember(shop, [{ customerId: 'gid://shopify/Order/1', customerHash: 'x' }]),
        'customers[0].customerId',
      );
      expect(error.issues.map((issue) => issue.path)).toContain('customers[0].customerHash');
    });
  });
}
