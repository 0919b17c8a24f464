// GET /api/setup over HTTP against the emulator: each checklist item follows real state, from install to the first
// measured order.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SetupResponse, SetupStepId } from '@tandem/web/api-contract/index';
import { activeProduct, startAdminFixture, type AdminFixture } from './admin-fixture.js';

const stepsOf = (body: SetupResponse): Record<SetupStepId, boolean> =>
  Object.fromEntries(body.steps.map((step) => [step.id, step.done])) as Record<SetupStepId, boolean>;

describe('setup checklist API', () => {
  let fixture: AdminFixture;
  beforeAll(async () => {
    fixture = await startAdminFixture();
  });
  afterAll(async () => {
    await fixture.close();
  });

  it('ticks sync, offers and pixel after install, then the block and the first order as checkout reports them', async () => {
    // Given a shop that was installed, synced and had its offers published (the fixture's first call did it)
    const { harness, shop } = fixture;
    const before = await fixture.call<SetupResponse>('GET', '/api/setup');
    expect(before.status).toBe(200);
    expect(stepsOf(before.body)).toEqual({
      sync: true,
      offers: true,
      pixel: true,
      block: false,
      order: false,
    });
    expect(before.body.checkoutEditorUrl).toBe(
      'https://admin.shopify.com/store/admin-main/settings/checkout/editor?page=checkout&context=apps',
    );

    // When a checkout renders the block (its pixel event) and its order is placed and measured
    const token = 'setup-checkout-1';
    const variant = activeProduct(fixture.seed).variants[0];
    await harness.emulator.control.setInventory({ shop, variantId: variant?.id ?? '', quantity: 5 });
    await harness.emulator.control.checkout({
      shop,
      token,
      at: new Date().toISOString(),
      lines: [{ variantId: variant?.id ?? '', quantity: 1 }],
    });
    const event = {
      v: 1,
      event: 'eligible',
      offerId: null,
      arm: 'treatment',
      target: 'block',
      checkoutToken: token,
      ts: Date.now(),
    };
    const posted = await fetch(`${harness.url}/api/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify({ shop, events: [event] }),
    });
    expect(posted.status).toBe(200);
    await harness.emulator.control.createOrder({
      shop,
      checkoutToken: token,
      createdAt: new Date().toISOString(),
      lines: [{ variantId: variant?.id ?? '', quantity: 1, customAttributes: [] }],
    });
    await harness.jobsIdle();
    // (the dashboard's KPI read schedules the rollup that counts the order)
    await fixture.call('GET', '/api/kpis');
    await harness.jobsIdle();

    // Then every item is done, the block and the order with today's day
    const after = await fixture.call<SetupResponse>('GET', '/api/setup');
    expect(stepsOf(after.body)).toEqual({ sync: true, offers: true, pixel: true, block: true, order: true });
    const today = new Date().toISOString().slice(0, 10);
    expect(after.body.steps.filter((step) => step.id === 'block' || step.id === 'order')).toEqual([
      expect.objectContaining({ id: 'block', since: today }),
      expect.objectContaining({ id: 'order', since: today }),
    ]);
  });
});
