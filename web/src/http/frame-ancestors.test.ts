import { describe, expect, it } from '@jest/globals';
import express from 'express';
import request from 'supertest';
import { frameAncestors, frameAncestorsPolicy } from './frame-ancestors.js';

const SHOP = 'shop-a.myshopify.com';

function page(extraSources: readonly string[] = []) {
  return express()
    .use(
      frameAncestors({
        verifiedShop: async (token) => (token === 'valid-for-a' ? SHOP : undefined),
        isInstalled: async (shop) => shop === SHOP,
        extraSources,
      }),
    )
    .get('/', (_req, res) => {
      res.type('html').send('<p>admin</p>');
    })
    .post('/', (_req, res) => {
      res.type('html').send('<p>posted</p>');
    });
}

describe('frame-ancestors', () => {
  it('names the shop and the Shopify admin, or nobody', () => {
    expect(frameAncestorsPolicy(SHOP, [])).toBe(
      'frame-ancestors https://shop-a.myshopify.com https://admin.shopify.com;',
    );
    expect(frameAncestorsPolicy(undefined, [])).toBe("frame-ancestors 'none';");
    expect(frameAncestorsPolicy(undefined, ["'self'"])).toBe("frame-ancestors 'self';");
  });

  it('takes the shop from a verified id_token or an installed ?shop=, and refuses framing otherwise', async () => {
    const csp = async (path: string) =>
      (await request(page()).get(path).expect(200)).headers['content-security-policy'];
    const allowed = 'frame-ancestors https://shop-a.myshopify.com https://admin.shopify.com;';
    expect(await csp('/?id_token=valid-for-a')).toBe(allowed);
    expect(await csp(`/?shop=${SHOP}`)).toBe(allowed);
    // An id_token that does not verify wins over a ?shop= that would have passed: no guessing.
    expect(await csp(`/?id_token=forged&shop=${SHOP}`)).toBe("frame-ancestors 'none';");
    expect(await csp('/?shop=someone-else.myshopify.com')).toBe("frame-ancestors 'none';");
    expect(await csp('/?shop=https://evil.example')).toBe("frame-ancestors 'none';");
    expect(await csp('/')).toBe("frame-ancestors 'none';");
    const posted = await request(page()).post(`/?shop=${SHOP}`).expect(200);
    expect(posted.headers['content-security-policy']).toBe("frame-ancestors 'none';");
  });

  it("adds the emulator mode's own origin beside the shop", async () => {
    const response = await request(page(["'self'"]))
      .get(`/?shop=${SHOP}`)
      .expect(200);
    expect(response.headers['content-security-policy']).toBe(
      "frame-ancestors https://shop-a.myshopify.com https://admin.shopify.com 'self';",
    );
  });
});
