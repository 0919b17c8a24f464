import { describe, expect, it } from '@jest/globals';
import { DEFAULT_SETTINGS } from '@tandem/web/domain/index';
import type { FixtureFactory } from '../../support/db.js';
import { expectInvalid } from './expect-invalid.js';

export function describeSettingsStoreContract(name: string, fixture: FixtureFactory): void {
  describe(`SettingsStore [${name}]`, () => {
    it('answers defaults until something is set', async () => {
      const { stores, shop } = fixture();
      expect(await stores.settings.get(shop)).toEqual({
        maxOffers: 3,
        showUpgrades: true,
        upgradeBudgetPct: 35,
        priceCapPct: 50,
        holdoutPct: 10,
        discountPct: null,
        dismissLimit: 2,
        dismissDays: 30,
        personalise: false,
        copy: {},
      });
    });

    it('merges patches and persists them', async () => {
      // Given two successive patches
      const { stores, shop } = fixture();
      await stores.settings.put(shop, {
        maxOffers: 2,
        copy: { nl: { title: 'Past goed bij je bestelling' } },
      });
      const saved = await stores.settings.put(shop, {
        discountPct: 10,
        copy: { de: { title: 'Passt dazu' } },
      });
      // Then later patches keep earlier values, except copy which is replaced whole
      const expected = {
        ...DEFAULT_SETTINGS,
        maxOffers: 2,
        discountPct: 10,
        copy: { de: { title: 'Passt dazu' } },
      };
      expect(saved).toEqual(expected);
      expect(await stores.settings.get(shop)).toEqual(expected);
    });

    it('rejects invalid values naming the field and keeps the previous settings', async () => {
      const { stores, shop } = fixture();
      await stores.settings.put(shop, { holdoutPct: 20 });
      await expectInvalid(stores.settings.put(shop, { holdoutPct: 80 }), 'holdoutPct');
      await expectInvalid(stores.settings.put(shop, { maxOffers: 2.5 }), 'maxOffers');
      await expectInvalid(
        stores.settings.put(shop, { copy: { fr: { title: 'Bonjour' } } } as never),
        'copy.fr',
      );
      await expectInvalid(stores.settings.put(shop, { colour: 'red' } as never), 'colour');
      expect((await stores.settings.get(shop)).holdoutPct).toBe(20);
    });

    it('keeps shops apart', async () => {
      const { stores, shop, otherShop } = fixture();
      await stores.settings.put(shop, { showUpgrades: false });
      expect((await stores.settings.get(otherShop)).showUpgrades).toBe(true);
    });
  });
}
