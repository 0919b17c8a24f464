import { describe, expect, it, jest } from '@jest/globals';
import { offerEventName, type OfferEventData } from '@tandem/offer-core';
import { createBatcher } from '../src/batcher.js';
import { startPixel, type PixelApi } from '../src/pixel.js';
import { eventsUrl } from '../src/transport.js';

type Callback = (event: { name: string; customData: unknown }) => void;

function fakePixel(settings: Record<string, unknown>, beaconAccepts = true) {
  const subscribers = new Map<string, Callback>();
  const beacons: { url: string; body: unknown }[] = [];
  const api: PixelApi = {
    settings,
    init: { data: { shop: { myshopifyDomain: 'coffee.myshopify.com' } } },
    analytics: { subscribe: (name, callback) => subscribers.set(name, callback) },
    browser: {
      sendBeacon: async (url, body) => {
        beacons.push({ url, body: JSON.parse(body ?? 'null') });
        return beaconAccepts;
      },
    },
  };
  const emit = (name: string, customData: unknown) => subscribers.get(name)?.({ name, customData });
  return { api, beacons, emit, subscribers };
}

const event = (overrides: Partial<OfferEventData> = {}): OfferEventData => ({
  v: 1,
  event: 'impression',
  offerId: '101-1031',
  arm: 'treatment',
  target: 'block',
  checkoutToken: 'tok',
  ts: 1_700_000_000_000,
  ...overrides,
});

describe('tandem pixel', () => {
  it('forwards offer events in one batch when the checkout completes', async () => {
    // Given a configured pixel
    const { api, beacons, emit } = fakePixel({ backendUrl: 'https://tandem.example/' });
    const fetch = jest.fn(async () => ({ ok: true }));
    const batcher = startPixel(api, fetch);
    expect(batcher).toBeDefined();
    // When the extension publishes an eligible, an impression and an add, plus a foreign event
    emit(offerEventName('eligible'), event({ event: 'eligible', offerId: null }));
    emit(offerEventName('impression'), event());
    emit(offerEventName('add'), event({ event: 'add' }));
    emit(offerEventName('add'), { unrelated: true });
    emit('checkout_completed', {});
    await batcher?.flush();
    // Then one beacon carries the shop and the three events, nothing about the buyer
    expect(beacons).toEqual([
      {
        url: 'https://tandem.example/api/events',
        body: {
          shop: 'coffee.myshopify.com',
          events: [event({ event: 'eligible', offerId: null }), event(), event({ event: 'add' })],
        },
      },
    ]);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('falls back to a keepalive fetch when the beacon is refused', async () => {
    const { api, emit } = fakePixel({ backendUrl: 'https://tandem.example' }, false);
    const fetch = jest.fn(async (_url: string, _init: { keepalive: boolean }) => ({ ok: true }));
    const batcher = startPixel(api, fetch);
    emit(offerEventName('dismiss'), event({ event: 'dismiss', offerId: null }));
    await batcher?.flush();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]?.[0]).toBe('https://tandem.example/api/events');
    expect(fetch.mock.calls[0]?.[1]).toMatchObject({ method: 'POST', keepalive: true });
  });

  it('does nothing without a usable backend URL', () => {
    const { api, subscribers } = fakePixel({ backendUrl: 'ftp://nope' });
    expect(
      startPixel(
        api,
        jest.fn(async () => ({ ok: true })),
      ),
    ).toBeUndefined();
    expect(subscribers.size).toBe(0);
  });

  it.each([
    ['https://tandem.example/some/path', 'https://tandem.example/api/events'],
    ['http://localhost:3000', 'http://localhost:3000/api/events'],
    ['http://tandem.example', undefined],
    ['not a url', undefined],
    [undefined, undefined],
  ])('turns backend URL %p into %p', (input, expected) => {
    expect(eventsUrl(input)).toBe(expected);
  });
});

describe('event batcher', () => {
  it('sends when the batch is full and after the timer otherwise', async () => {
    const sent: unknown[] = [];
    const timers: (() => void)[] = [];
    const batcher = createBatcher({
      shopDomain: 's',
      maxBatch: 2,
      send: async (body) => {
        sent.push(JSON.parse(body));
        return true;
      },
      setTimer: (callback) => timers.push(callback),
    });
    batcher.push(event({ ts: 1 }));
    batcher.push(event({ ts: 2 }));
    batcher.push(event({ ts: 3 }));
    await Promise.resolve();
    expect(sent).toEqual([{ shop: 's', events: [event({ ts: 1 }), event({ ts: 2 })] }]);
    timers.forEach((fire) => fire());
    await Promise.resolve();
    expect(sent).toHaveLength(2);
  });

  it('drops a batch whose send fails instead of breaking checkout', async () => {
    const batcher = createBatcher({
      shopDomain: 's',
      send: async () => Promise.reject(new Error('offline')),
      setTimer: () => undefined,
    });
    batcher.push(event());
    await expect(batcher.flush()).resolves.toBeUndefined();
  });

  it("sends nothing without the buyer's analytics consent, and drops what waits when it is withdrawn", async () => {
    // Given a pixel on a page where the buyer has not allowed analytics
    const { api, beacons, emit } = fakePixel({ backendUrl: 'https://tandem.example/' });
    let consent: ((event: { customerPrivacy: { analyticsProcessingAllowed: boolean } }) => void) | undefined;
    const withPrivacy: PixelApi = {
      ...api,
      init: { ...api.init, customerPrivacy: { analyticsProcessingAllowed: false } },
      customerPrivacy: {
        subscribe: (_name, callback) => {
          consent = callback;
        },
      },
    };
    const batcher = startPixel(
      withPrivacy,
      jest.fn(async () => ({ ok: true })),
    );
    // When an impression is published, then consent is given and an add published, then withdrawn before sending
    emit(offerEventName('impression'), event());
    consent?.({ customerPrivacy: { analyticsProcessingAllowed: true } });
    emit(offerEventName('add'), event({ event: 'add' }));
    consent?.({ customerPrivacy: { analyticsProcessingAllowed: false } });
    emit(offerEventName('add'), event({ event: 'add', offerId: '5-6' }));
    await batcher?.flush();
    // Then nothing was sent: the first and last came without consent, the middle one was dropped on withdrawal
    expect(beacons).toEqual([]);
    // And with consent given again, events flow
    consent?.({ customerPrivacy: { analyticsProcessingAllowed: true } });
    emit(offerEventName('impression'), event());
    await batcher?.flush();
    expect(beacons).toHaveLength(1);
  });
});
