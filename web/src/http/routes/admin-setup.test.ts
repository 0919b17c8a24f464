import { describe, expect, it } from '@jest/globals';
import { checkoutEditorUrl, setupSteps, type SetupFacts } from './admin-setup.js';

const fresh: SetupFacts = {
  syncedAt: null,
  offers: { computedAt: null, pending: 0 },
  pixel: { kind: 'missing' },
  blockSeenOn: null,
  firstMeasuredOn: null,
};
const done = (facts: SetupFacts) => Object.fromEntries(setupSteps(facts).map((step) => [step.id, step.done]));

describe('setup checklist', () => {
  it('is all open for a shop that just installed, in the order a merchant goes through it', () => {
    expect(setupSteps(fresh).map((step) => [step.id, step.done])).toEqual([
      ['sync', false],
      ['offers', false],
      ['block', false],
      ['pixel', false],
      ['order', false],
    ]);
  });

  it('ticks each item from its own fact, with the time it became true', () => {
    const steps = setupSteps({
      syncedAt: '2026-12-01T10:00:00.000Z',
      offers: { computedAt: '2026-12-01T10:05:00.000Z', pending: 0 },
      pixel: { kind: 'connected' },
      blockSeenOn: '2026-12-02',
      firstMeasuredOn: '2026-12-03',
    });
    expect(steps.map((step) => [step.id, step.done, step.since])).toEqual([
      ['sync', true, '2026-12-01T10:00:00.000Z'],
      ['offers', true, '2026-12-01T10:05:00.000Z'],
      ['block', true, '2026-12-02'],
      ['pixel', true, null],
      ['order', true, '2026-12-03'],
    ]);
  });

  it('leaves offers open while lists wait to be written, and says how many', () => {
    const steps = setupSteps({ ...fresh, offers: { computedAt: '2026-12-01T10:05:00.000Z', pending: 3 } });
    expect(steps[1]).toMatchObject({
      done: false,
      detail: '3 offer lists are waiting to be written to Shopify.',
    });
  });

  it('says why the pixel could not be checked instead of calling it missing', () => {
    const steps = setupSteps({
      ...fresh,
      pixel: { kind: 'unreadable', reason: 'Could not read the pixel.' },
    });
    expect(done({ ...fresh, pixel: { kind: 'unreadable', reason: 'x' } })['pixel']).toBe(false);
    expect(steps[3]?.detail).toBe('Could not read the pixel.');
  });

  it('links to the checkout editor of the shop’s own admin', () => {
    expect(checkoutEditorUrl('tandem-demo.myshopify.com')).toBe(
      'https://admin.shopify.com/store/tandem-demo/settings/checkout/editor?page=checkout&context=apps',
    );
  });
});
