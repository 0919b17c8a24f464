import { describe, expect, it } from '@jest/globals';
import { contentHash } from '@tandem/web/store/index';
import type { FixtureFactory } from '../../support/db.js';
import { steppingClock } from '../../support/db.js';
import { productGid } from './builders.js';
import { expectInvalid } from './expect-invalid.js';

const offers = (n: number) => [
  { v: `gid://shopify/ProductVariant/${n}`, p: productGid(n), s: 0.5, r: 'bought_together', k: 'xsell' },
];
const computedAt = '2025-03-01T00:00:00Z';

export function describeOfferStoreContract(name: string, fixture: FixtureFactory): void {
  describe(`OfferStore [${name}]`, () => {
    it('keeps one model report a shop, replaced by the next, apart from other shops', async () => {
      // Given no report, then two recomputes' reports in a row
      const { stores, shop, otherShop } = fixture();
      const before = await stores.offers.getModelReport(shop);
      const selection = {
        kind: 'selected',
        chosen: { id: 'blend' },
        candidates: [{ id: 'blend', hr3: 21.5 }],
      };
      await stores.offers.putModelReport(shop, {
        computedAt,
        orders: 10,
        selection: { kind: 'default_kept' },
      });
      await stores.offers.putModelReport(shop, { computedAt: '2025-03-02T00:00:00Z', orders: 12, selection });
      // Then the latest reads back whole, and another shop has none
      expect(before).toBeUndefined();
      expect(await stores.offers.getModelReport(shop)).toEqual({
        computedAt: '2025-03-02T00:00:00.000Z',
        orders: 12,
        selection,
      });
      expect(await stores.offers.getModelReport(otherShop)).toBeUndefined();
    });

    it('rejects a model report with a bad count or timestamp, keeping the stored one', async () => {
      const { stores, shop } = fixture();
      await stores.offers.putModelReport(shop, { computedAt, orders: 3, selection: {} });
      await expectInvalid(
        stores.offers.putModelReport(shop, { computedAt: 'yesterday', orders: 3, selection: {} }),
        'computedAt',
      );
      await expectInvalid(
        stores.offers.putModelReport(shop, { computedAt, orders: -1, selection: {} }),
        'orders',
      );
      expect(await stores.offers.getModelReport(shop)).toMatchObject({ orders: 3 });
    });

    it('hashes content and counts only real changes', async () => {
      // Given a stored list
      const { stores, shop } = fixture();
      const first = await stores.offers.putLists(shop, [
        { productId: productGid(1), offers: offers(2), computedAt },
      ]);
      // When the same content is stored again with keys in another order, and a new list is added
      const reordered = [
        { k: 'xsell', r: 'bought_together', s: 0.5, p: productGid(2), v: 'gid://shopify/ProductVariant/2' },
      ];
      const second = await stores.offers.putLists(shop, [
        { productId: productGid(1), offers: reordered, computedAt: '2025-03-02T00:00:00Z' },
        { productId: productGid(3), offers: [], computedAt },
      ]);
      // Then only the new list counts as changed and the hash is the canonical sha256
      expect(first).toEqual({ changed: 1, unchanged: 0 });
      expect(second).toEqual({ changed: 1, unchanged: 1 });
      const stored = await stores.offers.getList(shop, productGid(1));
      expect(stored).toMatchObject({
        contentHash: contentHash(offers(2)),
        computedAt: '2025-03-02T00:00:00.000Z',
        publishedHash: null,
      });
      expect(stored?.contentHash).toMatch(/^[a-f0-9]{64}$/);
    });

    it('keeps a list’s votes beside its offers, and a change of votes alone is a change', async () => {
      // Given a list stored with votes
      const { stores, shop } = fixture();
      const votes = { t: [[productGid(5), 0.1]], x: [[productGid(6), [[productGid(7), 0.2]]]] };
      await stores.offers.putLists(shop, [
        { productId: productGid(1), offers: offers(2), votes, computedAt },
      ]);
      // When stored again with other votes, then without any
      const changed = await stores.offers.putLists(shop, [
        { productId: productGid(1), offers: offers(2), votes: { t: [[productGid(5), 0.3]] }, computedAt },
      ]);
      const stored = await stores.offers.getList(shop, productGid(1));
      await stores.offers.putLists(shop, [{ productId: productGid(1), offers: offers(2), computedAt }]);
      const bare = await stores.offers.getList(shop, productGid(1));
      // Then each version counts as a change, reads back as stored, and a list without votes hashes as its offers
      expect(changed).toEqual({ changed: 1, unchanged: 0 });
      expect(stored?.votes).toEqual({ t: [[productGid(5), 0.3]] });
      expect(stored?.contentHash).not.toBe(contentHash(offers(2)));
      expect(bare?.votes).toBeUndefined();
      expect(bare?.contentHash).toBe(contentHash(offers(2)));
    });

    it('lists what needs publishing until it is published with the current hash', async () => {
      // Given two lists
      const { stores, shop } = fixture({ clock: steppingClock('2025-03-05T00:00:00.000Z') });
      await stores.offers.putLists(
        shop,
        [1, 2].map((n) => ({ productId: productGid(n), offers: offers(n + 10), computedAt })),
      );
      const pending = (await stores.offers.listUnpublished(shop)).items;
      // When list 1 is published with its hash, and list 2 with a stale one
      const marked = await stores.offers.markPublished(shop, [
        { productId: productGid(1), contentHash: pending[0]?.contentHash ?? '' },
        { productId: productGid(2), contentHash: contentHash(offers(99)) },
      ]);
      // Then only list 1 leaves the queue, stamped by the clock
      expect(marked).toBe(1);
      expect((await stores.offers.listUnpublished(shop)).items.map((list) => list.productId)).toEqual([
        productGid(2),
      ]);
      expect(await stores.offers.getList(shop, productGid(1))).toMatchObject({
        publishedAt: '2025-03-05T00:00:00.000Z',
      });
      // And only product 1 counts as having a published list (what makes a checkout eligible)
      expect([
        ...(await stores.offers.publishedProducts(shop, [productGid(1), productGid(2), productGid(3)])),
      ]).toEqual([productGid(1)]);
      // And a recomputed, changed list 1 needs publishing again, keeping its last publication
      await stores.offers.putLists(shop, [{ productId: productGid(1), offers: offers(12), computedAt }]);
      const again = (await stores.offers.listUnpublished(shop)).items.find(
        (list) => list.productId === productGid(1),
      );
      expect(again?.publishedHash).toBe(pending[0]?.contentHash);
    });

    it('pages through unpublished lists and removes lists', async () => {
      const { stores, shop } = fixture();
      await stores.offers.putLists(
        shop,
        Array.from({ length: 7 }, (_, i) => ({
          productId: productGid(i + 1),
          offers: offers(i),
          computedAt,
        })),
      );
      const first = await stores.offers.listUnpublished(shop, { limit: 4 });
      const second = await stores.offers.listUnpublished(shop, { limit: 4, after: first.nextCursor });
      expect([...first.items, ...second.items].map((list) => list.productId)).toEqual(
        Array.from({ length: 7 }, (_, i) => productGid(i + 1)).sort(),
      );
      expect(second.nextCursor).toBeNull();
      expect(await stores.offers.removeLists(shop, [productGid(1), productGid(2)])).toBe(2);
      expect(await stores.offers.getList(shop, productGid(1))).toBeUndefined();
    });

    it('keeps shops apart and rejects bad input', async () => {
      const { stores, shop, otherShop } = fixture();
      await stores.offers.putLists(shop, [{ productId: productGid(1), offers: offers(2), computedAt }]);
      expect(await stores.offers.getList(otherShop, productGid(1))).toBeUndefined();
      expect((await stores.offers.listUnpublished(otherShop)).items).toEqual([]);
      await expectInvalid(
        stores.offers.putLists(shop, [
          { productId: productGid(5), offers: [{ when: new Date() } as never], computedAt },
        ]),
        'lists[0].offers[0]',
      );
      await expectInvalid(
        stores.offers.markPublished(shop, [{ productId: productGid(1), contentHash: 'abc' }]),
        'published[0].contentHash',
      );
      expect(await stores.offers.getList(shop, productGid(5))).toBeUndefined();
    });
  });
}
