import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { HARNESS_APP } from '../../support/app-harness.js';
import { startAdminFixture, type AdminFixture } from '../admin/admin-fixture.js';
import { claimsOf, concrete, listRoutes, signToken, type RouteInfo } from './routes.js';

// Every /api route, enumerated from the running app, against every way a session token can be wrong; and one
// shop's valid token against the other shop's ids.

/** The web pixel's events endpoint: public by design (size- and rate-limited, see events-routes.ts). */
const PUBLIC_API_PATHS = ['/api/events'];

let fixture: AdminFixture;
let apiRoutes: RouteInfo[];
beforeAll(async () => {
  fixture = await startAdminFixture('sqlite');
  apiRoutes = listRoutes(fixture.harness.app.server).filter(
    (route) => route.path.startsWith('/api/') && !PUBLIC_API_PATHS.includes(route.path),
  );
});
afterAll(async () => fixture?.close());

async function validToken(shop = fixture.shop): Promise<string> {
  return (await fixture.harness.emulator.control.sessionToken({ shop, clientId: HARNESS_APP.clientId }))
    .token;
}

const HOUR = 3_600;
const nowSeconds = () => Math.floor(Date.now() / 1000);
const BAD_TOKENS: readonly [string, (valid: string) => Record<string, string>][] = [
  ['missing', () => ({})],
  ['malformed', () => ({ Authorization: 'Bearer not.a-jwt' })],
  ['not a bearer', (valid) => ({ Authorization: `Basic ${valid}` })],
  [
    'expired',
    (valid) => ({
      Authorization: `Bearer ${signToken({ ...claimsOf(valid), exp: nowSeconds() - HOUR, nbf: nowSeconds() - 2 * HOUR, iat: nowSeconds() - 2 * HOUR }, HARNESS_APP.clientSecret)}`,
    }),
  ],
  [
    'wrong-audience',
    (valid) => ({
      Authorization: `Bearer ${signToken({ ...claimsOf(valid), aud: 'another-apps-client-id' }, HARNESS_APP.clientSecret)}`,
    }),
  ],
  [
    'wrong-signature',
    (valid) => ({ Authorization: `Bearer ${signToken(claimsOf(valid), 'not-the-app-secret')}` }),
  ],
];

async function send(route: RouteInfo, headers: Record<string, string>, path = concrete(route.path)) {
  const hasBody = !['GET', 'DELETE'].includes(route.method);
  const response = await fetch(`${fixture.harness.url}${path}`, {
    method: route.method,
    headers: { ...headers, ...(hasBody ? { 'Content-Type': 'application/json' } : {}) },
    ...(hasBody ? { body: '{}' } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

describe('session tokens on every /api route', () => {
  it('finds the API routes from the app itself', () => {
    expect(apiRoutes.length).toBeGreaterThanOrEqual(12);
    expect(apiRoutes).toContainEqual({ method: 'GET', path: '/api/products/:id' });
  });

  it.each(BAD_TOKENS)(
    'answers a %s token with 401 and a JSON error, never a 5xx',
    async (_name, headersFor) => {
      const headers = headersFor(await validToken());
      const answers = [];
      for (const route of apiRoutes) answers.push({ ...route, ...(await send(route, headers)) });
      for (const answer of answers) {
        expect({ route: `${answer.method} ${answer.path}`, status: answer.status }).toEqual({
          route: `${answer.method} ${answer.path}`,
          status: 401,
        });
        expect(answer.body).toMatchObject({
          error: { code: expect.any(String), message: expect.any(String) },
        });
      }
    },
  );

  it('lets the same routes through with a valid token (so the 401s are about the token)', async () => {
    const headers = { Authorization: `Bearer ${await validToken()}` };
    for (const route of apiRoutes.filter((candidate) => candidate.method === 'GET')) {
      const { status } = await send(route, headers);
      expect({ route: route.path, status: status === 401 || status >= 500 ? status : 'ok' }).toEqual({
        route: route.path,
        status: 'ok',
      });
    }
  });
});

describe("one shop's token and the other shop's ids", () => {
  it("cannot read or change the other shop's products, rules or families: 404, and nothing changes", async () => {
    // Given the other shop with a rule of its own
    const { harness, otherShop, foreignProductId } = fixture;
    const stores = harness.app.stores;
    const foreign = await stores.catalog.getProduct(otherShop, foreignProductId);
    if (!foreign) throw new Error('the other shop has no product of its own');
    const rule = await stores.rules.add(otherShop, {
      kind: 'exclude',
      productId: null,
      targetProductId: foreign.id,
      targetVariantId: null,
    });
    const rulesBefore = await stores.rules.list(otherShop);
    const auth = { Authorization: `Bearer ${await validToken()}` };
    const call = async (method: string, path: string, body?: unknown) =>
      (
        await fetch(`${harness.url}${path}`, {
          method,
          headers: { ...auth, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        })
      ).status;

    // When the main shop's token is used with the other shop's ids, every way in is a 404
    const id = encodeURIComponent(foreign.id);
    expect(await call('GET', `/api/products/${id}`)).toBe(404);
    expect(await call('DELETE', `/api/rules/${encodeURIComponent(rule.id)}`)).toBe(404);
    expect(
      await call('POST', '/api/rules', {
        kind: 'pin',
        productId: fixture.seed.products[0]?.id,
        targetProductId: foreign.id,
        targetVariantId: null,
      }),
    ).toBe(404);
    expect(
      await call('PUT', `/api/upgrades/families/${id}`, {
        productIds: [fixture.seed.products[0]?.id, foreign.id],
        enabled: false,
      }),
    ).toBe(404);

    // Then the other shop's rules are as they were
    expect(await stores.rules.list(otherShop)).toEqual(rulesBefore);
  });
});
