import { describe, expect, it } from '@jest/globals';
import { emulatorFetch } from './emulator-fetch.js';

describe('emulatorFetch', () => {
  it('routes https://{shop}/… to the emulator and leaves other URLs alone', async () => {
    // Given a base fetch that records what it was asked for
    const seen: string[] = [];
    const base = (async (input: string | URL | Request) => {
      seen.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      return new Response('{}');
    }) as typeof fetch;
    const routed = emulatorFetch('http://127.0.0.1:4100/', base);
    // When Shopify and non-Shopify URLs are fetched
    await routed('https://demo.myshopify.com/admin/api/2026-10/graphql.json?x=1', { method: 'POST' });
    await routed(
      new Request('https://demo.myshopify.com/admin/oauth/access_token', { method: 'POST', body: '{}' }),
    );
    await routed('http://127.0.0.1:3000/healthz');
    // Then only the shop URLs were rewritten
    expect(seen).toEqual([
      'http://127.0.0.1:4100/shops/demo.myshopify.com/admin/api/2026-10/graphql.json?x=1',
      'http://127.0.0.1:4100/shops/demo.myshopify.com/admin/oauth/access_token',
      'http://127.0.0.1:3000/healthz',
    ]);
  });
});
