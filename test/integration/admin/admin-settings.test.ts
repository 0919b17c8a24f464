import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { serializeShopConfig } from '@tandem/offer-core';
import type { SettingsBody, SettingsResponse } from '@tandem/web/api-contract/index';
import { toShopConfig } from '@tandem/web/offers/publish-config';
import { startAdminFixture, type AdminFixture } from './admin-fixture.js';

const BODY: SettingsBody = {
  maxOffers: 2,
  showUpgrades: false,
  upgradeBudgetPct: 25,
  priceCapPct: 40,
  holdoutPct: 20,
  discountPct: null,
  dismissLimit: 3,
  dismissDays: 14,
  personalise: false,
  copy: { nl: { heading: 'Past goed bij je bestelling' } },
};

describe('admin settings API', () => {
  // One booted app for the file: every test stores the same BODY before it looks (a PUT of what is already stored
  // changes nothing), and none writes anything else, so the order they run in cannot matter.
  let fixture: AdminFixture;
  beforeAll(async () => {
    fixture = await startAdminFixture();
  });
  afterAll(async () => fixture.close());

  it('saves settings whole, republishes the shop config metafield, and reports it live', async () => {
    // Given an installed, synced shop
    const { call, shop, harness } = fixture;
    const config = () =>
      harness.emulator.control.metafield({
        shop,
        ownerId: fixture.seed.shop.id,
        namespace: '$app:tandem',
        key: 'config',
      });

    // When the merchant saves new settings
    const saved = await call<SettingsResponse>('PUT', '/api/settings', BODY);

    // Then they are stored and the config metafield holds exactly what checkout must read
    expect(saved.status).toBe(200);
    expect(saved.body.settings).toMatchObject({
      ...BODY,
      copy: { nl: { heading: 'Past goed bij je bestelling' } },
    });
    expect(saved.body.config.kind).toBe('live');
    const metafield = await config();
    expect(metafield?.value).toBe(serializeShopConfig(toShopConfig(shop, saved.body.settings)));
    expect(JSON.parse(metafield?.value ?? '{}')).toMatchObject({
      holdoutShare: 0.2,
      maxOffers: 2,
      showUpgrades: false,
    });

    // And a reload says checkout reads them, and the same PUT again changes nothing (idempotent)
    const loaded = await call<SettingsResponse>('GET', '/api/settings');
    expect(loaded.body.config.kind).toBe('live');
    const again = await call<SettingsResponse>('PUT', '/api/settings', BODY);
    expect(again.body.settings).toEqual(saved.body.settings);
    expect((await config())?.value).toBe(metafield?.value);
  });

  it('rejects bad input field by field and keeps what was stored', async () => {
    // Given stored settings
    const { call } = fixture;
    await call('PUT', '/api/settings', BODY);

    // When the merchant submits a holdout above 50%, an unknown locale and an empty override
    const bad = await call<{ error: { code: string; issues: { path: string; message: string }[] } }>(
      'PUT',
      '/api/settings',
      {
        ...BODY,
        holdoutPct: 60,
        copy: { fr: { heading: 'Bonjour' }, de: { heading: '  ' } },
      },
    );

    // Then the answer names each bad field, and the stored settings are unchanged
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_input');
    const paths = bad.body.error.issues.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['holdoutPct', 'copy', 'copy.de.heading']));
    expect((await call<SettingsResponse>('GET', '/api/settings')).body.settings.holdoutPct).toBe(20);
  });

  it('answers 401 without a session token and scopes settings to the token’s shop', async () => {
    // Given settings saved for the main shop
    const { call, harness, otherShop } = fixture;
    await call('PUT', '/api/settings', BODY);

    // Then a call without a token is refused, and the other shop still sees its defaults
    for (const path of [
      '/api/settings',
      '/api/overview',
      '/api/products',
      '/api/rules',
      '/api/upgrades',
      '/api/discounts',
    ])
      expect((await fetch(`${harness.url}${path}`)).status).toBe(401);
    expect(
      (await call<SettingsResponse>('GET', '/api/settings', undefined, otherShop)).body.settings.holdoutPct,
    ).toBe(10);
  });
});
