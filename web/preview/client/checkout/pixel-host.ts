import type { PixelApi } from '../shared/bridge.js';
import type { AnalyticsBus } from './analytics.js';
import type { EventLog } from './event-log.js';

const eventCount = (body: string | undefined): number => {
  try {
    const parsed = JSON.parse(body ?? '') as { events?: unknown };
    return Array.isArray(parsed.events) ? parsed.events.length : 0;
  } catch {
    return 0;
  }
};

/**
 * The web pixel's API: Tandem's pixel settings (backend = this server), the shop, analytics subscriptions on the
 * page's bus, and `browser.sendBeacon`. Like the browser's, the beacon reports whether it was sent, not how the
 * server answered; the answer goes to the event log.
 */
export function pixelApi(shopDomain: string, bus: AnalyticsBus, log: EventLog): PixelApi {
  return {
    settings: { backendUrl: location.origin },
    init: { data: { shop: { myshopifyDomain: shopDomain } } },
    analytics: { subscribe: (name, callback) => bus.subscribe(name, callback) },
    browser: {
      async sendBeacon(url, body) {
        try {
          const response = await fetch(url, {
            method: 'POST',
            body: body ?? '',
            keepalive: true,
            headers: { 'content-type': 'text/plain' },
          });
          log.add(
            response.ok ? 'pixel' : 'error',
            `POST ${new URL(url).pathname} → ${response.status} (${eventCount(body)} events)`,
          );
          return true;
        } catch (error) {
          log.add('error', `POST ${url} failed: ${error instanceof Error ? error.message : String(error)}`);
          return false;
        }
      },
    },
  };
}
