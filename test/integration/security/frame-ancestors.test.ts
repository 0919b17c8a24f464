// Every HTML route of the app (admin pages, checkout preview pages) says who may frame it: the shop the page is
// for and the Shopify admin, or nobody. Emulator mode adds the app's own origin for the local admin stand-in.
import { afterEach, describe, expect, it } from '@jest/globals';
import { generateDemoShop } from '@tandem/emulator/demo/index';
import { ADMIN_PAGES } from '@tandem/web/api-contract/index';
import { PAGES } from '@tandem/web/dev/preview/client-assets';
import { migrateToLatest } from '@tandem/web/store/index';
import { HARNESS_APP, startAppHarness, type AppHarness } from '../../support/app-harness.js';
import { openTestDatabase, type TestDatabase } from '../../support/db.js';

const HTML_PATHS = [...ADMIN_PAGES.map((page) => page.path), ...PAGES.map((page) => `/preview/${page}`)];

describe('frame-ancestors on every HTML route', () => {
  let harness: AppHarness | undefined;
  let db: TestDatabase | undefined;
  afterEach(async () => {
    await harness?.close();
    await db?.drop();
  });

  it('allows only the installed shop and the Shopify admin, and nobody without a shop', async () => {
    // Given the app against the emulator with one installed shop and one that never installed it
    const seed = generateDemoShop({ seed: 3, products: 6, orders: 10, domain: 'csp-shop.myshopify.com' });
    const stranger = generateDemoShop({ seed: 4, products: 2, orders: 0, domain: 'csp-other.myshopify.com' });
    db = await openTestDatabase('sqlite');
    await migrateToLatest(db.database);
    harness = await startAppHarness({ seeds: [seed, stranger], database: db.database });
    await harness.openAppAndSync(seed.shop.domain);
    const shop = seed.shop.domain;
    const { token } = await harness.emulator.control.sessionToken({ shop, clientId: HARNESS_APP.clientId });
    const strangerToken = (
      await harness.emulator.control.sessionToken({
        shop: stranger.shop.domain,
        clientId: HARNESS_APP.clientId,
      })
    ).token;
    const csp = async (path: string) =>
      (await fetch(`${harness?.url}${path}`, { headers: { Accept: 'text/html' } })).headers.get(
        'content-security-policy',
      );
    const forShop = `frame-ancestors https://${shop} https://admin.shopify.com 'self';`;

    for (const path of HTML_PATHS) {
      // When each page is opened as the Shopify admin opens it, by a bare ?shop=, and with no shop at all
      // Then the shop (from the verified id_token or the installed ?shop=) may frame it, and nobody else
      expect([path, await csp(`${path}?shop=${shop}&host=aG9zdA&id_token=${token}`)]).toEqual([
        path,
        forShop,
      ]);
      expect([path, await csp(`${path}?shop=${shop}`)]).toEqual([path, forShop]);
      // A session token of a shop that exists counts even before it installed (its first page load installs).
      expect([path, await csp(`${path}?id_token=${strangerToken}`)]).toEqual([
        path,
        `frame-ancestors https://${stranger.shop.domain} https://admin.shopify.com 'self';`,
      ]);
      expect([path, await csp(`${path}?shop=${stranger.shop.domain}`)]).toEqual([
        path,
        "frame-ancestors 'self';",
      ]);
      expect([path, await csp(`${path}?id_token=not-a-jwt&shop=${shop}`)]).toEqual([
        path,
        "frame-ancestors 'self';",
      ]);
      expect([path, await csp(path)]).toEqual([path, "frame-ancestors 'self';"]);
    }
  });
});
