// OAuth over real HTTP: the authorization-code grant driven by @shopify/shopify-api, and the endpoint's error answers.
import { describe, expect, it, jest } from '@jest/globals';
import { emulatorFetch } from '@tandem/web/shopify/emulator-fetch';
import express from 'express';
import type { AddressInfo } from 'node:net';
import { adminQuery, SHOP, startEmulator, TEST_APP, type Json } from './support/harness.js';
import { shopifyFor } from './support/shopify.js';

// The engine builds the Admin schema (~10 MB) on first use in each test file: allow for that cold start.
jest.setTimeout(30_000);

const BROWSER = {
  'User-Agent':
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
};

function authorizeUrl(emulatorUrl: string, params: Record<string, string>): string {
  return `${emulatorUrl}/shops/${SHOP}/admin/oauth/authorize?${new URLSearchParams(params).toString()}`;
}

async function authorizeRedirect(emulatorUrl: string, params: Record<string, string>): Promise<URL> {
  const response = await fetch(authorizeUrl(emulatorUrl, params), { redirect: 'manual' });
  expect(response.status).toBe(302);
  return new URL(response.headers.get('location') ?? '');
}

async function postToken(
  emulatorUrl: string,
  body: Record<string, string>,
): Promise<{ status: number; body: Json }> {
  const response = await fetch(`${emulatorUrl}/shops/${SHOP}/admin/oauth/access_token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Json };
}

describe('authorization-code grant', () => {
  it('completes shopify-api begin → authorize → callback and yields a working offline token', async () => {
    // Given the emulator and an app server using shopify-api's OAuth helpers
    const emulator = await startEmulator({ preinstall: false });
    const shopify = shopifyFor(emulator);
    const app = express();
    app.get('/auth', async (req, res) => {
      await shopify.auth.begin({
        shop: SHOP,
        callbackPath: '/auth/callback',
        isOnline: false,
        rawRequest: req,
        rawResponse: res,
      });
    });
    app.get('/auth/callback', async (req, res) => {
      const { session } = await shopify.auth.callback({ rawRequest: req, rawResponse: res });
      res.json({ accessToken: session.accessToken, scope: session.scope, isOnline: session.isOnline });
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      // When a browser follows the redirects (shop URLs to the emulator, app URLs to the app server)
      const begin = await fetch(`${appUrl}/auth`, { redirect: 'manual', headers: BROWSER });
      const cookies = begin.headers
        .getSetCookie()
        .map((cookie) => cookie.split(';')[0])
        .join('; ');
      const consent = await emulatorFetch(emulator.url)(begin.headers.get('location') ?? '', {
        redirect: 'manual',
      });
      const back = new URL(consent.headers.get('location') ?? '');
      const callback = await fetch(`${appUrl}${back.pathname}${back.search}`, {
        headers: { ...BROWSER, Cookie: cookies },
      });
      // Then the app holds an offline token for the requested scopes that the Admin API accepts
      expect(callback.status).toBe(200);
      const session = (await callback.json()) as { accessToken: string; scope: string; isOnline: boolean };
      expect(session.isOnline).toBe(false);
      // shopify-api requests `write_products,read_orders` (write implies read); the grant matches its config
      expect(shopify.config.scopes?.equals(session.scope)).toBe(true);
      expect((await adminQuery(emulator, session.accessToken, '{ shop { name } }')).status).toBe(200);
    } finally {
      server.close();
      await emulator.close();
    }
  });

  it('redirects back with code, hmac, host, shop, state and timestamp, signed as shopify-api verifies', async () => {
    const emulator = await startEmulator();
    const shopify = shopifyFor(emulator);
    try {
      // When the merchant approves the install
      const back = await authorizeRedirect(emulator.url, {
        client_id: TEST_APP.clientId,
        scope: 'read_products',
        redirect_uri: 'https://tandem-app.example/auth/callback',
        state: 'nonce-123',
      });
      // Then the callback query carries Shopify's parameters and a valid HMAC
      const query = Object.fromEntries(back.searchParams);
      expect(Object.keys(query).sort()).toEqual(['code', 'hmac', 'host', 'shop', 'state', 'timestamp']);
      expect(query).toMatchObject({ shop: SHOP, state: 'nonce-123' });
      expect(Buffer.from(query['host'] ?? '', 'base64').toString()).toBe('admin.shopify.com/store/test-shop');
      await expect(shopify.utils.validateHmac(query)).resolves.toBe(true);
      await expect(shopify.utils.validateHmac({ ...query, state: 'tampered' })).resolves.toBe(false);
    } finally {
      await emulator.close();
    }
  });

  it('issues an online token with the associated user for grant_options[]=per-user', async () => {
    const emulator = await startEmulator();
    try {
      const back = await authorizeRedirect(emulator.url, {
        client_id: TEST_APP.clientId,
        scope: 'read_products,read_orders',
        redirect_uri: 'https://tandem-app.example/auth/callback',
        state: 's',
        'grant_options[]': 'per-user',
      });
      const { status, body } = await postToken(emulator.url, {
        client_id: TEST_APP.clientId,
        client_secret: TEST_APP.clientSecret,
        code: back.searchParams.get('code') ?? '',
      });
      expect(status).toBe(200);
      expect(body).toMatchObject({
        scope: 'read_products,read_orders',
        associated_user_scope: 'read_products,read_orders',
        expires_in: 86399,
      });
      expect(body.associated_user).toMatchObject({ account_owner: true, email: 'owner@test-shop.example' });
      expect(typeof body.associated_user.id).toBe('number');
    } finally {
      await emulator.close();
    }
  });

  it('refuses a reused code, a wrong secret and an unknown client id', async () => {
    const emulator = await startEmulator();
    try {
      const back = await authorizeRedirect(emulator.url, {
        client_id: TEST_APP.clientId,
        scope: 'read_products',
        redirect_uri: 'https://tandem-app.example/auth/callback',
        state: 's',
      });
      const code = back.searchParams.get('code') ?? '';
      const good = { client_id: TEST_APP.clientId, client_secret: TEST_APP.clientSecret, code };
      // Given one successful redemption
      expect((await postToken(emulator.url, good)).status).toBe(200);
      // When the same code comes again, or the secret is wrong
      const reused = await postToken(emulator.url, good);
      const wrongSecret = await postToken(emulator.url, { ...good, client_secret: 'wrong' });
      // Then Shopify's OAuth errors come back
      expect(reused).toEqual({
        status: 400,
        body: {
          error: 'invalid_request',
          error_description: 'The authorization code was not found or was already used',
        },
      });
      expect(wrongSecret.status).toBe(400);
      expect(wrongSecret.body.error).toBe('invalid_client');
      // And the consent screen refuses an unknown client id
      const unknown = await fetch(
        authorizeUrl(emulator.url, { client_id: 'nope', redirect_uri: 'https://x.example/cb' }),
        { redirect: 'manual' },
      );
      expect(unknown.status).toBe(400);
    } finally {
      await emulator.close();
    }
  });
});
