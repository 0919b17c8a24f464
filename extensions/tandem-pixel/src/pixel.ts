import { OFFER_EVENTS, offerEventName, parseOfferEvent } from '@tandem/offer-core';
import { createBatcher, type Batcher } from './batcher.js';
import { beaconTransport, eventsUrl, type TransportDeps } from './transport.js';

/** The slice of the web pixel API this pixel uses (see @shopify/web-pixels-extension ExtensionApi). */
/** The buyer's consent as the Web Pixels API reports it (init.customerPrivacy, visitorConsentCollected). */
export interface CustomerPrivacyStatus {
  readonly analyticsProcessingAllowed: boolean;
}

export interface PixelApi {
  readonly settings: Readonly<Record<string, unknown>>;
  readonly init: {
    readonly data: { readonly shop: { readonly myshopifyDomain: string } };
    readonly customerPrivacy?: CustomerPrivacyStatus;
  };
  readonly customerPrivacy?: {
    subscribe(
      name: 'visitorConsentCollected',
      callback: (event: { readonly customerPrivacy: CustomerPrivacyStatus }) => void,
    ): unknown;
  };
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
  // Shopify loads the pixel only with analytics consent (shopify.extension.toml), but the buyer can withdraw it on
  // the page, and a shop's consent rules may not apply: the pixel itself sends nothing without consent. Without a
  // customerPrivacy object (an older runtime) Shopify's loading rule is all there is.
  let allowed = api.init.customerPrivacy?.analyticsProcessingAllowed ?? true;
  api.customerPrivacy?.subscribe('visitorConsentCollected', ({ customerPrivacy }) => {
    allowed = customerPrivacy.analyticsProcessingAllowed;
    if (!allowed) batcher.discard();
  });
  for (const event of OFFER_EVENTS) {
    api.analytics.subscribe(offerEventName(event), ({ name, customData }) => {
      if (!allowed) return;
      const parsed = parseOfferEvent(name, customData);
      if (parsed) batcher.push(parsed);
    });
  }
  // The order is placed: send what is waiting now rather than after the timer.
  api.analytics.subscribe('checkout_completed', () => void batcher.flush());
  return batcher;
}
