import { describe, expect, it } from '@jest/globals';
import type { OfferEventData } from '@tandem/offer-core';
import { DEFAULT_INGEST_LIMITS, hashCheckoutToken, parseEventBatch } from '@tandem/web/measurement/index';

const NOW = Date.parse('2025-03-02T12:00:00.000Z');
const SHOP = 'batch-test.myshopify.com';

function event(overrides: Partial<Record<keyof OfferEventData, unknown>> & Record<string, unknown> = {}) {
  return {
    v: 1,
    event: 'impression',
    offerId: '7001-8002',
    arm: 'treatment',
    target: 'block',
    checkoutToken: 'tok-abc',
    ts: NOW - 1_000,
    ...overrides,
  };
}

const parse = (body: unknown) => parseEventBatch(body, NOW, DEFAULT_INGEST_LIMITS);
const issuesOf = (body: unknown) => {
  const result = parse(body);
  return result.kind === 'invalid' ? result.issues : [];
};

describe('parseEventBatch', () => {
  it('turns a pixel batch into stored events with the checkout token hashed and the time in ISO', () => {
    const result = parse({
      shop: SHOP,
      events: [event(), event({ event: 'eligible', offerId: null, arm: 'control' })],
    });
    expect(result).toEqual({
      kind: 'ok',
      shop: SHOP,
      events: [
        {
          checkoutToken: hashCheckoutToken('tok-abc'),
          offerId: '7001-8002',
          arm: 'treatment',
          type: 'impression',
          occurredAt: '2025-03-02T11:59:59.000Z',
          placement: 'block',
        },
        {
          checkoutToken: hashCheckoutToken('tok-abc'),
          offerId: null,
          arm: 'control',
          type: 'eligible',
          occurredAt: '2025-03-02T11:59:59.000Z',
          placement: 'block',
        },
      ],
    });
    expect(JSON.stringify(result)).not.toContain('tok-abc');
  });

  it('refuses unknown fields, wrong types and missing fields, naming each', () => {
    expect(issuesOf({ shop: SHOP, events: [event({ email: 'buyer@example.com' })] })).toEqual([
      { path: 'events[0]', message: expect.stringContaining('email') },
    ]);
    expect(issuesOf({ shop: SHOP, events: [event({ ts: '2025-03-02' })] }).map((i) => i.path)).toEqual([
      'events[0].ts',
    ]);
    expect(
      issuesOf({ shop: SHOP, events: [event({ arm: 'both' }), event({ v: 2 })] }).map((i) => i.path),
    ).toEqual(['events[0].arm', 'events[1].v']);
    expect(issuesOf({ shop: SHOP }).map((i) => i.path)).toEqual(['events']);
    expect(
      issuesOf({ shop: SHOP, events: [], extra: 1 })
        .map((i) => i.path)
        .sort(),
    ).toEqual(['(body)', 'events']);
    expect(issuesOf('not an object').map((i) => i.path)).toEqual(['(body)']);
  });

  it('refuses future and stale timestamps, beyond the allowed clock skew', () => {
    const skew = DEFAULT_INGEST_LIMITS.maxClockSkewMs;
    expect(issuesOf({ shop: SHOP, events: [event({ ts: NOW + skew - 1 })] })).toEqual([]);
    expect(issuesOf({ shop: SHOP, events: [event({ ts: NOW + skew + 1 })] })).toEqual([
      { path: 'events[0].ts', message: expect.stringContaining('in the future') },
    ]);
    expect(
      issuesOf({ shop: SHOP, events: [event({ ts: NOW - DEFAULT_INGEST_LIMITS.maxAgeMs - 1 })] })[0]?.message,
    ).toContain('older than 7 days');
  });

  it('refuses events that contradict the offer core: control showing offers, offers without ids', () => {
    expect(issuesOf({ shop: SHOP, events: [event({ arm: 'control' })] })).toEqual([
      { path: 'events[0].arm', message: 'control shows no offers, so it cannot send impression' },
    ]);
    expect(issuesOf({ shop: SHOP, events: [event({ offerId: null })] })).toEqual([
      { path: 'events[0].offerId', message: 'is required for impression' },
    ]);
    expect(issuesOf({ shop: SHOP, events: [event({ event: 'eligible' })] })).toEqual([
      { path: 'events[0].offerId', message: 'must be null for eligible' },
    ]);
  });

  it('refuses a malformed shop, an oversized batch and odd tokens', () => {
    expect(issuesOf({ shop: 'evil.example.com', events: [event()] }).map((i) => i.path)).toEqual(['shop']);
    const many = Array.from({ length: DEFAULT_INGEST_LIMITS.maxEventsPerBatch + 1 }, () => event());
    expect(issuesOf({ shop: SHOP, events: many }).map((i) => i.path)).toEqual(['events']);
    expect(
      issuesOf({ shop: SHOP, events: [event({ checkoutToken: 'has space' })] }).map((i) => i.path),
    ).toEqual(['events[0].checkoutToken']);
  });
});
