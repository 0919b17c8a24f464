// Admin and Storefront API authentication over real HTTP: which tokens the emulator accepts, and Shopify's answers otherwise.
import { describe, expect, it, jest } from '@jest/globals';
import { adminQuery, offlineToken, SHOP, startEmulator, TEST_APP } from './support/harness.js';

// The engine builds the Admin schema (~10 MB) on first use in each test file: allow for that cold start.
jest.setTimeout(30_000);

const SHOP_NAME = 'query shopifyAppShopName { shop { name } }';
const INVALID_TOKEN = {
  errors: '[API] Invalid API key or access token (unrecognized login or wrong password)',
};

describe('Admin API access tokens', () => {
  it('answers a query made with the offline token of an installed app', async () => {
    // Given an emulator with the test app installed on the test shop
    const emulator = await startEmulator();
    try {
      const token = await offlineToken(emulator);
      // When the app asks for the shop's name
      const { status, body } = await adminQuery(emulator, token, SHOP_NAME);
      // Then it gets the shop's data
      expect(status).toBe(200);
      expect(body.data.shop.name).toBe('Test Shop');
    } finally {
      await emulator.close();
    }
  });

  it('rejects a missing, unknown or other-shop token with 401 as Shopify does', async () => {
    // Given a second shop the token was not issued for
    const { buildTestSeed } = await import('@tandem/emulator/state/test-shop');
    const other = buildTestSeed({ shop: { domain: 'other-shop.myshopify.com', id: 'gid://shopify/Shop/2' } });
    const emulator = await startEmulator({ shops: [buildTestSeed(), other] });
    try {
      const token = await offlineToken(emulator, 'other-shop.myshopify.com');
      // When requests come with no token, a made-up token, or the other shop's token
      const results = await Promise.all([
        adminQuery(emulator, null, SHOP_NAME),
        adminQuery(emulator, 'shpat_00000000000000000000000000000000', SHOP_NAME),
        adminQuery(emulator, token, SHOP_NAME),
      ]);
      // Then each is refused with Shopify's invalid-token body
      for (const result of results) {
        expect(result.status).toBe(401);
        expect(result.body).toEqual(INVALID_TOKEN);
      }
    } finally {
      await emulator.close();
    }
  });

  it("revokes the app's tokens on uninstall", async () => {
    // Given a working token
    const emulator = await startEmulator();
    try {
      const token = await offlineToken(emulator);
      expect((await adminQuery(emulator, token, SHOP_NAME)).status).toBe(200);
      // When the merchant uninstalls the app
      await emulator.control.uninstallApp({ shop: SHOP, clientId: TEST_APP.clientId });
      // Then the token is refused and a new session token cannot be issued
      const after = await adminQuery(emulator, token, SHOP_NAME);
      expect(after.status).toBe(401);
      await expect(
        emulator.control.sessionToken({ shop: SHOP, clientId: TEST_APP.clientId }),
      ).rejects.toMatchObject({ status: 409 });
    } finally {
      await emulator.close();
    }
  });
});

describe('Storefront API tokens', () => {
  const query = JSON.stringify({ query: '{ product(id: "gid://shopify/Product/101") { title } }' });
  const storefront = (url: string, headers: Record<string, string>) =>
    fetch(`${url}/shops/${SHOP}/api/2026-10/graphql.json`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: query,
    });

  it('accepts a public token in X-Shopify-Storefront-Access-Token and a private one in Shopify-Storefront-Private-Token', async () => {
    // Given one public and one private Storefront token
    const emulator = await startEmulator();
    try {
      const publicToken = await emulator.control.storefrontToken({ shop: SHOP, kind: 'public' });
      const privateToken = await emulator.control.storefrontToken({ shop: SHOP, kind: 'private' });
      // When each is sent in its header
      const viaPublic = await storefront(emulator.url, { [publicToken.header]: publicToken.token });
      const viaPrivate = await storefront(emulator.url, { [privateToken.header]: privateToken.token });
      // Then both queries are answered
      expect(viaPublic.status).toBe(200);
      expect(viaPrivate.status).toBe(200);
      expect(((await viaPublic.json()) as { data: { product: { title: string } } }).data.product.title).toBe(
        'Coffee 1',
      );
    } finally {
      await emulator.close();
    }
  });

  it('refuses a missing token, an unknown one, and a private token sent as a public one', async () => {
    const emulator = await startEmulator();
    try {
      const privateToken = await emulator.control.storefrontToken({ shop: SHOP, kind: 'private' });
      const answers = await Promise.all([
        storefront(emulator.url, {}),
        storefront(emulator.url, { 'X-Shopify-Storefront-Access-Token': 'nope' }),
        storefront(emulator.url, { 'X-Shopify-Storefront-Access-Token': privateToken.token }),
      ]);
      expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401]);
    } finally {
      await emulator.close();
    }
  });
});
