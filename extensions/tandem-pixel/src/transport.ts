import type { SendBatch } from './batcher.js';

export interface TransportDeps {
  /** The pixel sandbox's `browser.sendBeacon` (survives the page closing). */
  readonly sendBeacon: (url: string, body?: string) => Promise<boolean>;
  readonly fetch: (
    url: string,
    init: { method: string; body: string; keepalive: boolean; headers: Record<string, string> },
  ) => Promise<{ ok: boolean }>;
}

/**
 * The events endpoint for a configured backend origin, or undefined when the setting is unusable
 * (only https, or http on localhost for the local demo).
 */
export function eventsUrl(backendUrl: unknown): string | undefined {
  if (typeof backendUrl !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(backendUrl);
  } catch {
    return undefined;
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) return undefined;
  return `${url.origin}/api/events`;
}

/**
 * Beacon first; if the browser refuses it (size or quota), a keepalive fetch. Both send the JSON as
 * text/plain, a CORS "simple" request, so no preflight is needed from the sandbox.
 */
export function beaconTransport(url: string, deps: TransportDeps): SendBatch {
  return async (body) => {
    if (await deps.sendBeacon(url, body).catch(() => false)) return true;
    const response = await deps.fetch(url, {
      method: 'POST',
      body,
      keepalive: true,
      headers: { 'content-type': 'text/plain' },
    });
    return response.ok;
  };
}
