import { OFFER_EVENTS, offerEventName, parseOfferEvent } from '@tandem/offer-core';
import { createBatcher, type Batcher } from './batcher.js';
import { beaconTransport, eventsUrl, type TransportDeps } from './transport.js';

/** The slice of the web pixel API this pixel uses (see @shopify/web-pixels-extension ExtensionApi). */
export interface PixelApi {
  readonly settings: Readonly<Record<string, unknown>>;
  readonly init: { readonly data: { readonly shop: { readonly myshopifyDomain: string } } };
  readonly analytics: {
    subscribe(
      name: string,
      callback: (event: { readonly name: string; readonly customData: unknown }) => void,
    ): unknown;
  };
  readonly browser: { sendBeacon(url: string, body?: string): Promise<boolean> };
}

/**
 * Subscribes to Tandem's offer events and forwards them in batches; returns the batcher (tests flush it),
 * or undefined when no usable backend URL is configured, in which case nothing is subscribed or sent.
 */
export function startPixel(api: PixelApi, fetchImpl: TransportDeps['fetch']): Batcher | undefined {
  const url = eventsUrl(api.settings.backendUrl);
  if (url === undefined) return undefined;
  const send = beaconTransport(url, {
    sendBeacon: (target, body) => api.browser.sendBeacon(target, body),
    fetch: fetchImpl,
  });
  const batcher = createBatcher({ shopDomain: api.init.data.shop.myshopifyDomain, send });
  for (const event of OFFER_EVENTS) {
    api.analytics.subscribe(offerEventName(event), ({ name, customData }) => {
      const parsed = parseOfferEvent(name, customData);
      if (parsed) batcher.push(parsed);
    });
  }
  // The order is placed: send what is waiting now rather than after the timer.
  api.analytics.subscribe('checkout_completed', () => void batcher.flush());
  return batcher;
}
