import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import type { OverviewResponse } from '@tandem/web/api-contract/index';
import { adminFrontendRoutes } from '@tandem/web/http/routes/admin-frontend-routes';
import express from 'express';
import request from 'supertest';
import { startAdminFixture, type AdminFixture } from './admin-fixture.js';

const SOURCE_HTML = path.resolve(import.meta.dirname, '../../../web/frontend/index.html');

async function fakeDist(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tandem-dist-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'index.html'), await readFile(SOURCE_HTML, 'utf8'));
  await writeFile(path.join(dir, 'assets', 'index-abc123.js'), 'console.log("admin")');
  return dir;
}

describe('serving the embedded admin', () => {
  let fixture: AdminFixture | undefined;
  let dist: string | undefined;
  afterEach(async () => {
    await fixture?.close();
    if (dist) await rm(dist, { recursive: true, force: true });
  });

  it('serves the shell on every page path with App Bridge from Shopify’s CDN, and hashed assets for a year', async () => {
    // Given the built admin served for a real (live) app
    dist = await fakeDist();
    const app = express().use(
      adminFrontendRoutes({ distDir: dist, apiKey: 'live-client-id', devShim: false }),
    );

    // When the admin loads a page and an asset
    const page = await request(app).get('/offers?shop=x.myshopify.com&host=abc');
    const asset = await request(app).get('/assets/index-abc123.js');

    // Then the shell carries the api key and App Bridge's script tag in <head>, never the dev shim
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    const head = page.text.slice(0, page.text.indexOf('</head>'));
    expect(head).toContain('<meta name="shopify-api-key" content="live-client-id" />');
    expect(head).toContain('<script src="https://cdn.shopify.com/shopifycloud/app-bridge.js"></script>');
    expect(page.text).not.toContain('app-bridge-shim');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await request(app).get('/not-a-page')).status).toBe(404);
  });

  it('swaps in the dev shim in emulator mode, and says so when the admin is not built', async () => {
    // Given emulator mode, once with a build and once without
    dist = await fakeDist();
    const dev = express().use(
      adminFrontendRoutes({ distDir: dist, apiKey: 'tandem-demo-client-id', devShim: true }),
    );
    const unbuilt = express().use(
      adminFrontendRoutes({ distDir: path.join(dist, 'missing'), apiKey: 'x', devShim: true }),
    );

    // Then the shell loads the shim instead of the CDN script, and a missing build is a clear error
    const page = await request(dev).get('/');
    expect(page.text).toContain('<script src="/dev/app-bridge-shim.js"></script>');
    expect(page.text).not.toContain('cdn.shopify.com');
    const missing = await request(unbuilt).get('/').set('Accept', 'application/json');
    expect(missing.status).toBe(503);
    expect(missing.text).toContain('run npm run build:frontend');
  });

  it('issues emulator session tokens to the shim that the API accepts, and the overview shows the synced shop', async () => {
    // Given the app against the emulator, its two shops synced
    fixture = await startAdminFixture();
    const { harness, shop } = fixture;

    // When the dev shim asks for a token (without a shop: the emulator's first one), and calls the API with it
    const issued = (await (await fetch(`${harness.url}/dev/session-token?shop=${shop}`)).json()) as {
      shop: string;
      token: string;
    };
    const overview = await fetch(`${harness.url}/api/overview`, {
      headers: { Authorization: `Bearer ${issued.token}` },
    });
    const body = (await overview.json()) as OverviewResponse;

    // Then the token is the shop's, and the overview counts what the sync stored
    expect(issued.shop).toBe(shop);
    expect(overview.status).toBe(200);
    expect(body).toMatchObject({
      shop,
      products: 40,
      currencyCode: fixture.seed.shop.currencyCode,
      pendingOfferLists: 0,
      rules: 0,
      sync: { percent: 100 },
    });
    expect(body.orders).toBeGreaterThan(0);
    expect((await fetch(`${harness.url}/dev/session-token?shop=unknown.myshopify.com`)).status).toBe(404);
    const shim = await fetch(`${harness.url}/dev/app-bridge-shim.js`);
    expect(shim.status).toBe(200);
    expect(await shim.text()).toContain('window.shopify = {');
  });
});
