// Token exchange and session tokens over real HTTP, checked with @shopify/shopify-api.
import { describe, expect, it, jest } from '@jest/globals';
import { RequestedTokenType } from '@shopify/shopify-api';
import { adminQuery, SHOP, startEmulator, TEST_APP, type Json } from './support/harness.js';
import { shopifyFor } from './support/shopify.js';

// The engine builds the Admin schema (~10 MB) on first use in each test file: allow for that cold start.
jest.setTimeout(30_000);

const ID_TOKEN = 'urn:ietf:params:oauth:token-type:id_token';
const EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';

async function rawExchange(
  emulatorUrl: string,
  sessionToken: string,
  expiring?: '0' | '1',
): Promise<{ status: number; body: Json }> {
  const response = await fetch(`${emulatorUrl}/shops/${SHOP}/admin/oauth/access_token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      client_id: TEST_APP.clientId,
      client_secret: TEST_APP.clientSecret,
      grant_type: EXCHANGE,
      subject_token: sessionToken,
      subject_token_type: ID_TOKEN,
      requested_token_type: RequestedTokenType.OfflineAccessToken,
      ...(expiring === undefined ? {} : { expiring }),
    }),
  });
  return { status: response.status, body: (await response.json()) as Json };
}

describe('session tokens', () => {
  it('issues HS256 tokens that shopify-api verifies, with Shopify claims and a 60 s lifetime', async () => {
    // Given the emulator's session-token issuer (what the demo admin shim calls)
    const emulator = await startEmulator();
    const shopify = shopifyFor(emulator);
    try {
      const { token, userId } = await emulator.control.sessionToken({
        shop: SHOP,
        clientId: TEST_APP.clientId,
      });
      // When the app verifies it with its key and secret
      const claims = await shopify.session.decodeSessionToken(token);
      // Then the claims are those of a Shopify admin session token
      expect(claims).toMatchObject({
        iss: `https://${SHOP}/admin`,
        dest: `https://${SHOP}`,
        aud: TEST_APP.clientId,
        sub: String(userId),
      });
      expect(claims.exp - claims.iat).toBe(60);
      expect(claims.nbf).toBe(claims.iat);
      expect(claims.jti).toMatch(/^[0-9a-f-]{36}$/);
      expect(claims.sid).toMatch(/^[0-9a-f]{32}$/);
      expect(shopify.session.getJwtSessionId(SHOP, claims.sub)).toBe(`${SHOP}_${userId}`);
    } finally {
      await emulator.close();
    }
  });

  it('gives each staff user their own sub and every token its own jti', async () => {
    const emulator = await startEmulator();
    const shopify = shopifyFor(emulator);
    try {
      const owner = await emulator.control.sessionToken({ shop: SHOP, clientId: TEST_APP.clientId });
      const again = await emulator.control.sessionToken({ shop: SHOP, clientId: TEST_APP.clientId });
      const staffId = owner.userId + 1;
      const staff = await emulator.control.sessionToken({
        shop: SHOP,
        clientId: TEST_APP.clientId,
        userId: staffId,
      });
      const [a, b, c] = await Promise.all(
        [owner, again, staff].map((issued) => shopify.session.decodeSessionToken(issued.token)),
      );
      expect(a?.jti).not.toBe(b?.jti);
      expect(a?.sid).toBe(b?.sid);
      expect(c?.sub).toBe(String(staffId));
      await expect(
        emulator.control.sessionToken({ shop: SHOP, clientId: TEST_APP.clientId, userId: 1 }),
      ).rejects.toMatchObject({ status: 404 });
    } finally {
      await emulator.close();
    }
  });
});

describe('token exchange', () => {
  it('exchanges a session token for offline and online access tokens that the Admin API accepts', async () => {
    const emulator = await startEmulator();
    const shopify = shopifyFor(emulator);
    try {
      const { token: sessionToken, userId } = await emulator.control.sessionToken({
        shop: SHOP,
        clientId: TEST_APP.clientId,
      });
      // When the app exchanges it through shopify-api
      const offline = await shopify.auth.tokenExchange({
        shop: SHOP,
        sessionToken,
        requestedTokenType: RequestedTokenType.OfflineAccessToken,
      });
      const online = await shopify.auth.tokenExchange({
        shop: SHOP,
        sessionToken,
        requestedTokenType: RequestedTokenType.OnlineAccessToken,
      });
      // Then it gets sessions shopify-api understands, and both tokens work
      expect(offline.session).toMatchObject({
        id: `offline_${SHOP}`,
        isOnline: false,
        scope: TEST_APP.scopes.join(','),
      });
      expect(offline.session.expires).toBeUndefined();
      expect(online.session).toMatchObject({ id: `${SHOP}_${userId}`, isOnline: true });
      expect(online.session.onlineAccessInfo?.associated_user.id).toBe(userId);
      for (const session of [offline.session, online.session]) {
        expect((await adminQuery(emulator, session.accessToken ?? '', '{ shop { name } }')).status).toBe(200);
      }
    } finally {
      await emulator.close();
    }
  });

  it('returns the same non-expiring offline token on repeated exchanges', async () => {
    const emulator = await startEmulator();
    const shopify = shopifyFor(emulator);
    try {
      const tokens = [];
      for (let i = 0; i < 2; i++) {
        const { token } = await emulator.control.sessionToken({ shop: SHOP, clientId: TEST_APP.clientId });
        const { session } = await shopify.auth.tokenExchange({
          shop: SHOP,
          sessionToken: token,
          requestedTokenType: RequestedTokenType.OfflineAccessToken,
        });
        tokens.push(session.accessToken);
      }
      expect(tokens[0]).toBe(tokens[1]);
    } finally {
      await emulator.close();
    }
  });

  it('issues expiring offline tokens with a refresh token that rotates on use', async () => {
    const emulator = await startEmulator();
    const shopify = shopifyFor(emulator);
    try {
      const { token } = await emulator.control.sessionToken({ shop: SHOP, clientId: TEST_APP.clientId });
      // Given an expiring offline token
      const { session } = await shopify.auth.tokenExchange({
        shop: SHOP,
        sessionToken: token,
        requestedTokenType: RequestedTokenType.OfflineAccessToken,
        expiring: true,
      });
      expect(session.refreshToken).toBeDefined();
      expect((session.expires?.getTime() ?? 0) - Date.now()).toBeGreaterThan(3_500_000);
      // When it is refreshed
      const refreshed = await shopify.auth.refreshToken({
        shop: SHOP,
        refreshToken: session.refreshToken ?? '',
      });
      // Then a new token and refresh token come back, the new token works, and the old refresh token is spent
      expect(refreshed.session.accessToken).not.toBe(session.accessToken);
      expect(refreshed.session.refreshToken).not.toBe(session.refreshToken);
      expect(
        (await adminQuery(emulator, refreshed.session.accessToken ?? '', '{ shop { name } }')).status,
      ).toBe(200);
      await expect(
        shopify.auth.refreshToken({ shop: SHOP, refreshToken: session.refreshToken ?? '' }),
      ).rejects.toThrow();
    } finally {
      await emulator.close();
    }
  });

  it('issues tokens of the lifetime a test sets and refuses them once expired', async () => {
    // Given an emulated Shopify whose clock the test moves, issuing 60 s tokens and 120 s refresh tokens
    let now = Date.parse('2026-12-07T12:00:00Z');
    const emulator = await startEmulator({ clock: () => now, tokens: { offlineTtlS: 60, refreshTtlS: 120 } });
    const shopify = shopifyFor(emulator);
    try {
      const { token } = await emulator.control.sessionToken({ shop: SHOP, clientId: TEST_APP.clientId });
      const { body } = await rawExchange(emulator.url, token, '1');
      expect([body.expires_in, body.refresh_token_expires_in]).toEqual([60, 120]);
      // When 59 s pass the token works; at 60 s it is refused as Shopify refuses an expired token
      now += 59_000;
      expect((await adminQuery(emulator, body.access_token, '{ shop { name } }')).status).toBe(200);
      now += 1_000;
      expect((await adminQuery(emulator, body.access_token, '{ shop { name } }')).status).toBe(401);
      // And the refresh token still works within its lifetime, not after it
      const refreshed = await shopify.auth.refreshToken({ shop: SHOP, refreshToken: body.refresh_token });
      expect(
        (await adminQuery(emulator, refreshed.session.accessToken ?? '', '{ shop { name } }')).status,
      ).toBe(200);
      now += 121_000;
      await expect(
        shopify.auth.refreshToken({ shop: SHOP, refreshToken: refreshed.session.refreshToken ?? '' }),
      ).rejects.toThrow();
      expect(await emulator.control.tokenStats({ shop: SHOP, clientId: TEST_APP.clientId })).toEqual({
        issued: 2,
        refreshes: 1,
        refused: 1,
      });
    } finally {
      await emulator.close();
    }
  });

  it('refuses non-expiring offline tokens after the cut-off date, and keeps issuing expiring ones', async () => {
    // Given the cut-off (Shopify: 2027-01-01 for public apps) a minute ahead on the emulated clock
    let now = Date.now();
    const cutoff = new Date(now + 60_000).toISOString();
    const emulator = await startEmulator({ clock: () => now, tokens: { nonExpiringCutoff: cutoff } });
    const sessionToken = async () =>
      (await emulator.control.sessionToken({ shop: SHOP, clientId: TEST_APP.clientId })).token;
    try {
      // Before it: a non-expiring token is issued (no expiry, no refresh token) and works
      const before = await rawExchange(emulator.url, await sessionToken(), '0');
      expect([before.status, before.body.expires_in, before.body.refresh_token]).toEqual([
        200,
        undefined,
        undefined,
      ]);
      expect((await adminQuery(emulator, before.body.access_token, '{ shop { name } }')).status).toBe(200);
      // When the cut-off passes
      now += 61_000;
      // Then asking for a non-expiring token fails, the one issued before stops working, and expiring ones work
      const refused = await rawExchange(emulator.url, await sessionToken(), '0');
      expect(refused).toEqual({
        status: 400,
        body: {
          error: 'invalid_request',
          error_description: expect.stringContaining(
            'Non-expiring offline access tokens are no longer issued',
          ),
        },
      });
      expect((await rawExchange(emulator.url, await sessionToken())).status).toBe(400);
      expect((await adminQuery(emulator, before.body.access_token, '{ shop { name } }')).status).toBe(401);
      const expiring = await rawExchange(emulator.url, await sessionToken(), '1');
      expect([expiring.status, expiring.body.expires_in]).toEqual([200, 3600]);
      expect(expiring.body.refresh_token).toMatch(/^shprt_/);
      expect((await adminQuery(emulator, expiring.body.access_token, '{ shop { name } }')).status).toBe(200);
    } finally {
      await emulator.close();
    }
  });

  it('answers 400 invalid_subject_token for an expired or foreign-signed session token', async () => {
    // Given an emulator whose clock the test moves
    let now = Date.now();
    const emulator = await startEmulator({ clock: () => now });
    const foreign = await startEmulator({ apps: [{ ...TEST_APP, clientSecret: 'another-secret' }] });
    try {
      const { token } = await emulator.control.sessionToken({ shop: SHOP, clientId: TEST_APP.clientId });
      const { token: foreignToken } = await foreign.control.sessionToken({
        shop: SHOP,
        clientId: TEST_APP.clientId,
      });
      // When a token signed with another secret is exchanged, and a good one two minutes after issue
      const forged = await rawExchange(emulator.url, foreignToken);
      now += 120_000;
      const expired = await rawExchange(emulator.url, token);
      // Then both are refused as Shopify does
      for (const answer of [expired, forged]) {
        expect(answer.status).toBe(400);
        expect(answer.body.error).toBe('invalid_subject_token');
      }
    } finally {
      await Promise.all([emulator.close(), foreign.close()]);
    }
  });
});
