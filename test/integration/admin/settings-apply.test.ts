// Issue 24, point 2: a saved setting applies as the admin says. Settings checkout reads from the shop config are live
// at once; the upgrade budget also decides which upgrades the offer lists hold, so raising it republishes them.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SettingsResponse } from '@tandem/web/api-contract/index';
import { publishedOffers } from '@tandem/web/offers/stored-list';
import { startAdminFixture, type AdminFixture } from './admin-fixture.js';

describe('settings apply when the admin says so', () => {
  let fixture: AdminFixture;
  beforeAll(async () => {
    fixture = await startAdminFixture();
  });
  afterAll(async () => {
    await fixture.close();
  });

  /** Upgrade offers in the shop's stored lists, and how many lists wait to be written to Shopify. */
  async function upgrades(): Promise<{ upgrades: number; pending: number }> {
    const { stores } = fixture.harness.app;
    const { items } = await stores.catalog.listProducts(fixture.shop, { limit: 1000 });
    let count = 0;
    for (const product of items) {
      const list = await stores.offers.getList(fixture.shop, product.id);
      count += publishedOffers(list).filter((offer) => offer.kind === 'upgrade').length;
    }
    const pending = (await stores.offers.listUnpublished(fixture.shop, { limit: 1000 })).items.length;
    return { upgrades: count, pending };
  }

  it('republishes the offer lists when the upgrade budget is raised, and says when that went live', async () => {
    // Given the shop's lists, built with the default budget (35 %)
    const before = await upgrades();
    const current = await fixture.call<SettingsResponse>('GET', '/api/settings');
    expect(current.body.settings.upgradeBudgetPct).toBe(35);

    // When the merchant raises the budget to 100 %
    const saved = await fixture.call<SettingsResponse>('PUT', '/api/settings', {
      ...current.body.settings,
      upgradeBudgetPct: 100,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.config.kind).toBe('live');
    // Then the answer says the offers are being recomputed
    expect(['queued', 'running']).toContain(saved.body.offers.republish.kind);

    // And once that is done, the settings say when the offers went live, and the lists hold the dearer steps
    const deadline = Date.now() + 60_000;
    let after = saved.body;
    while (after.offers.republish.kind !== 'idle') {
      if (Date.now() > deadline) throw new Error(`republish never finished: ${JSON.stringify(after.offers)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      after = (await fixture.call<SettingsResponse>('GET', '/api/settings')).body;
    }
    expect(after.offers.publishedAt).not.toBeNull();
    expect(Date.parse(after.offers.publishedAt ?? '')).toBeGreaterThan(
      Date.parse(saved.body.config.kind === 'live' ? (saved.body.config.since ?? '') : ''),
    );
    const now = await upgrades();
    expect(now.pending).toBe(0);
    expect(now.upgrades).toBeGreaterThan(before.upgrades);
  });

  it('leaves the offer lists alone for a setting checkout reads from the shop config', async () => {
    // When the merchant changes the price cap only
    const current = await fixture.call<SettingsResponse>('GET', '/api/settings');
    const saved = await fixture.call<SettingsResponse>('PUT', '/api/settings', {
      ...current.body.settings,
      priceCapPct: 20,
    });
    // Then it is live at checkout at once, and no recompute was started for it
    expect(saved.body.config.kind).toBe('live');
    expect(saved.body.offers.republish.kind).toBe('idle');
  });
});
