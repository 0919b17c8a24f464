// API versions over HTTP, as Shopify answers them: an implemented version is served with its own schema and
// named in X-Shopify-API-Version; a retired one falls forward; an unknown string is a 404. A version the
// emulator has no schema for is a 501, so the app (whose constant must be implemented) cannot drift unseen.
import { describe, expect, it, jest } from '@jest/globals';
import { IMPLEMENTED_API_VERSIONS } from '@tandem/emulator';
import { ADMIN_API_VERSION, STOREFRONT_API_VERSION } from '@tandem/web/config';
import { offlineToken, SHOP, startEmulator } from './support/harness.js';

jest.setTimeout(30_000);

const SHOP_NAME = JSON.stringify({ query: '{ shop { name } }' });

async function admin(url: string, version: string, token: string) {
  const response = await fetch(`${url}/shops/${SHOP}/admin/api/${version}/graphql.json`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Shopify-Access-Token': token },
    body: SHOP_NAME,
  });
  return {
    status: response.status,
    served: response.headers.get('x-shopify-api-version'),
    body: await response.json(),
  };
}

describe('Admin and Storefront API versions', () => {
  it('implements the versions the app asks for', () => {
    expect(IMPLEMENTED_API_VERSIONS).toContain(ADMIN_API_VERSION);
    expect(IMPLEMENTED_API_VERSIONS).toContain(STOREFRONT_API_VERSION);
  });

  it('serves 2026-10 on 2026-12-07, refuses what it does not implement, and 404s a non-version', async () => {
    // Given the emulator on the day this was written
    const emulator = await startEmulator({ clock: () => Date.parse('2026-12-07T12:00:00Z') });
    try {
      const token = await offlineToken(emulator);
      // When the app's version, a retired one (Shopify: falls forward to 2026-01), a supported one without a
      // schema here, and a made-up string are asked for
      const current = await admin(emulator.url, '2026-10', token);
      const retired = await admin(emulator.url, '2025-10', token);
      const supported = await admin(emulator.url, '2026-07', token);
      const made_up = await admin(emulator.url, 'foo', token);
      // Then only the implemented version answers, and says so
      expect([current.status, current.served, current.body.data.shop.name]).toEqual([
        200,
        '2026-10',
        'Test Shop',
      ]);
      expect(retired.status).toBe(501);
      expect(retired.body.errors).toContain(
        'does not implement API version 2026-01 (2025-10 falls forward to it)',
      );
      expect(supported.status).toBe(501);
      expect(made_up).toMatchObject({ status: 404, body: { errors: 'Not Found' } });
    } finally {
      await emulator.close();
    }
  });

  it('falls a retired version forward to the oldest supported one and names it in the header', async () => {
    // Given a day when 2026-10 is the oldest supported version
    const emulator = await startEmulator({ clock: () => Date.parse('2027-08-01T12:00:00Z') });
    try {
      const token = await offlineToken(emulator);
      // When an app still asks for 2026-07 (Admin) and 2026-04 (Storefront)
      const retired = await admin(emulator.url, '2026-07', token);
      const publicToken = await emulator.control.storefrontToken({ shop: SHOP, kind: 'public' });
      const storefront = await fetch(`${emulator.url}/shops/${SHOP}/api/2026-04/graphql.json`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [publicToken.header]: publicToken.token },
        body: JSON.stringify({ query: '{ shop { name } }' }),
      });
      // Then each is answered by 2026-10, as the response header says
      expect([retired.status, retired.served]).toEqual([200, '2026-10']);
      expect([storefront.status, storefront.headers.get('x-shopify-api-version')]).toEqual([200, '2026-10']);
    } finally {
      await emulator.close();
    }
  });
});
