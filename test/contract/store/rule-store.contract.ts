import { describe, expect, it } from '@jest/globals';
import type { FixtureFactory } from '../../support/db.js';
import { steppingClock } from '../../support/db.js';
import { productGid, variantGid } from './builders.js';
import { expectInvalid } from './expect-invalid.js';

export function describeRuleStoreContract(name: string, fixture: FixtureFactory): void {
  describe(`RuleStore [${name}]`, () => {
    it('adds each kind of rule once, stamped by the clock', async () => {
      // Given one rule of each kind, the never-together pair added in both directions
      const { stores, shop } = fixture({ clock: steppingClock('2025-04-01T00:00:00.000Z') });
      const pin = await stores.rules.add(shop, {
        kind: 'pin',
        productId: productGid(1),
        targetProductId: productGid(2),
        targetVariantId: variantGid(201),
      });
      const exclude = await stores.rules.add(shop, {
        kind: 'exclude',
        productId: null,
        targetProductId: productGid(3),
        targetVariantId: null,
      });
      const manual = await stores.rules.add(shop, {
        kind: 'manual',
        productId: productGid(1),
        targetProductId: productGid(4),
        targetVariantId: null,
        offerKind: 'upgrade',
      });
      const never = await stores.rules.add(shop, {
        kind: 'never_together',
        productId: productGid(1),
        targetProductId: productGid(5),
      });
      // When the same rules are added again
      const pinAgain = await stores.rules.add(shop, {
        kind: 'pin',
        productId: productGid(1),
        targetProductId: productGid(2),
        targetVariantId: variantGid(201),
      });
      const neverReversed = await stores.rules.add(shop, {
        kind: 'never_together',
        productId: productGid(5),
        targetProductId: productGid(1),
      });
      // Then each exists once, with its own fields, in creation order
      expect(pinAgain).toEqual(pin);
      expect(neverReversed).toEqual(never);
      expect(pin).toMatchObject({
        kind: 'pin',
        createdAt: '2025-04-01T00:00:00.000Z',
        targetVariantId: variantGid(201),
      });
      expect(exclude).toMatchObject({ kind: 'exclude', productId: null, targetProductId: productGid(3) });
      expect(manual).toMatchObject({ kind: 'manual', offerKind: 'upgrade' });
      expect(never).toEqual({
        kind: 'never_together',
        id: never.id,
        createdAt: never.createdAt,
        productId: productGid(1),
        targetProductId: productGid(5),
      });
      expect(await stores.rules.list(shop)).toEqual([pin, exclude, manual, never]);
    });

    it('filters by product on either side and removes rules', async () => {
      const { stores, shop } = fixture({ clock: steppingClock() });
      const a = await stores.rules.add(shop, {
        kind: 'pin',
        productId: productGid(1),
        targetProductId: productGid(2),
        targetVariantId: null,
      });
      const b = await stores.rules.add(shop, {
        kind: 'never_together',
        productId: productGid(3),
        targetProductId: productGid(1),
      });
      await stores.rules.add(shop, {
        kind: 'pin',
        productId: productGid(3),
        targetProductId: productGid(4),
        targetVariantId: null,
      });
      expect(await stores.rules.list(shop, { productId: productGid(1) })).toEqual([a, b]);
      expect(await stores.rules.remove(shop, a.id)).toBe(true);
      expect(await stores.rules.remove(shop, a.id)).toBe(false);
      expect(await stores.rules.list(shop, { productId: productGid(1) })).toEqual([b]);
    });

    it('keeps shops apart', async () => {
      const { stores, shop, otherShop } = fixture();
      const rule = await stores.rules.add(shop, {
        kind: 'pin',
        productId: productGid(1),
        targetProductId: productGid(2),
        targetVariantId: null,
      });
      expect(await stores.rules.list(otherShop)).toEqual([]);
      expect(await stores.rules.remove(otherShop, rule.id)).toBe(false);
      expect(await stores.rules.list(shop)).toEqual([rule]);
    });

    it('rejects malformed rules naming the field', async () => {
      const { stores, shop } = fixture();
      await expectInvalid(
        stores.rules.add(shop, {
          kind: 'pin',
          productId: productGid(1),
          targetProductId: productGid(1),
          targetVariantId: null,
        }),
        'targetProductId',
      );
      await expectInvalid(
        stores.rules.add(shop, {
          kind: 'boost',
          productId: productGid(1),
          targetProductId: productGid(2),
        } as never),
        'kind',
      );
      await expectInvalid(
        stores.rules.add(shop, {
          kind: 'manual',
          productId: productGid(1),
          targetProductId: productGid(2),
          targetVariantId: null,
          offerKind: 'bundle',
        } as never),
        'offerKind',
      );
      expect(await stores.rules.list(shop)).toEqual([]);
    });
  });
}
