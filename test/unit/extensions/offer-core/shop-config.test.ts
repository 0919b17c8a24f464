import { describe, expect, it } from '@jest/globals';
import {
  DEFAULT_SHOP_CONFIG,
  parseShopConfig,
  resolveSettings,
  serializeShopConfig,
} from '@tandem/offer-core';

describe('shop config metafield', () => {
  it('fills missing fields with defaults', () => {
    expect(parseShopConfig('{"version":1,"holdoutShare":0.2}')).toEqual({
      kind: 'ok',
      config: { ...DEFAULT_SHOP_CONFIG, holdoutShare: 0.2 },
    });
  });

  it('round-trips what the backend publishes', () => {
    const config = {
      ...DEFAULT_SHOP_CONFIG,
      salt: 'exp-2',
      maxOffers: 2,
      copy: { nl: { heading: 'Ook lekker' } },
    };
    expect(parseShopConfig(serializeShopConfig(config))).toEqual({ kind: 'ok', config });
  });

  it.each([
    ['{', 'not JSON'],
    ['[]', 'not an object'],
    ['{"version":2}', 'unsupported version 2'],
    ['{"version":1,"holdoutShare":0.9}', 'holdoutShare is not a number in [0, 0.5]'],
    ['{"version":1,"maxOffers":2.5}', 'maxOffers is not an integer in [0, 10]'],
    ['{"version":1,"salt":7}', 'salt is not a string of ≤ 64 characters'],
    ['{"version":1,"showUpgrades":"yes"}', 'showUpgrades is not a boolean'],
    ['{"version":1,"copy":{"nl":{"heading":3}}}', 'copy.nl.heading is not a string'],
  ])('rejects %s naming the field', (value, reason) => {
    expect(parseShopConfig(value)).toEqual({ kind: 'invalid', reason });
  });
});

describe('extension settings', () => {
  it('defaults everything from the shop config', () => {
    expect(resolveSettings({}, DEFAULT_SHOP_CONFIG)).toEqual({
      heading: undefined,
      maxOffers: 3,
      showReasons: true,
      showUpgrades: true,
      showImages: true,
      priceCapPct: 50,
      maxUpgradeDeltaPct: 35,
      holdout: 'auto',
    });
  });

  it('applies the merchant settings and never allows more than 3 offers', () => {
    const settings = resolveSettings(
      {
        heading: ' Ook lekker ',
        max_offers: 9,
        show_reasons: false,
        show_images: 'false',
        price_cap_pct: '80',
        holdout: 'control',
      },
      DEFAULT_SHOP_CONFIG,
    );
    expect(settings).toMatchObject({
      heading: 'Ook lekker',
      maxOffers: 3,
      showReasons: false,
      showImages: false,
      priceCapPct: 80,
      holdout: 'control',
    });
  });

  it('lets the shop turn upgrades off whatever the block setting says', () => {
    expect(
      resolveSettings({ show_upgrades: true }, { ...DEFAULT_SHOP_CONFIG, showUpgrades: false }).showUpgrades,
    ).toBe(false);
  });

  it('ignores unusable values instead of failing', () => {
    expect(
      resolveSettings({ max_offers: 'many', price_cap_pct: -5, holdout: 'sometimes' }, DEFAULT_SHOP_CONFIG),
    ).toMatchObject({
      maxOffers: 3,
      priceCapPct: 50,
      holdout: 'auto',
    });
  });
});
