// Clickjacking protection in a real browser: the admin renders inside its own shop's admin page, and Chromium
// refuses to render it inside a page of any other origin (the response's frame-ancestors CSP).
import { afterEach, describe, expect, it } from '@jest/globals';
import type { Browser, Frame, Page } from 'playwright-core';
import { buildFrontend, startAdminDemo, type AdminDemo } from './admin-demo.js';
import { launchChromium } from '../../support/chromium.js';

/**
 * Opens `origin` in the browser as a page that frames `src`. The page is answered by the browser itself
 * (request interception), so any origin, https and Shopify's included, works with no network.
 */
async function framedBy(
  browser: Browser,
  origin: string,
  src: string,
): Promise<{ page: Page; frame: Frame; refusals: string[] }> {
  const page = await browser.newPage();
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('violates the following Content Security Policy directive'))
      refusals.push(message.text());
  });
  await page.route(`${origin}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>host</title><iframe id="app" src="${src}" width="800" height="600"></iframe>`,
    }),
  );
  await page.goto(`${origin}/`);
  const handle = await page.waitForSelector('iframe#app');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the iframe has no frame');
  await frame.waitForLoadState('load');
  return { page, frame, refusals };
}

/** True when the frame shows the app's admin shell (its App Bridge api-key meta tag). */
async function showsAdmin(frame: Frame): Promise<boolean> {
  try {
    return (await frame.locator('meta[name="shopify-api-key"]').count()) === 1;
  } catch {
    return false; // an error page of another origin cannot even be inspected
  }
}

describe('the embedded admin in a frame', () => {
  let demo: AdminDemo | undefined;
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('renders inside its own shop and the Shopify admin, and not inside a foreign origin', async () => {
    // Given the built admin of an installed shop
    await buildFrontend();
    demo = await startAdminDemo({ products: 8, orders: 40 });
    // Chromium's local-network checks would block any public origin from framing 127.0.0.1 before CSP is
    // even read; switched off so that what blocks (or allows) the frame below is the app's header alone.
    browser = await launchChromium([
      '--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessSendPreflights,BlockInsecurePrivateNetworkRequests',
    ]);
    const adminUrl = demo.url('/');

    // When the shop's own admin origin and admin.shopify.com frame it
    const own = await framedBy(browser, `https://${demo.shop}`, adminUrl);
    const shopifyAdmin = await framedBy(browser, 'https://admin.shopify.com', adminUrl);
    // Then it renders (the control: the frame itself works)
    expect(await showsAdmin(own.frame)).toBe(true);
    expect(await showsAdmin(shopifyAdmin.frame)).toBe(true);
    expect([...own.refusals, ...shopifyAdmin.refusals]).toEqual([]);

    // When a foreign origin, another shop, or a page framing it without naming a shop tries
    const foreign = await framedBy(browser, 'https://attacker.example', adminUrl);
    const otherShop = await framedBy(browser, 'https://someone-else.myshopify.com', adminUrl);
    const noShop = await framedBy(browser, `https://${demo.shop}`, demo.url('/').replace(/\?.*$/, ''));
    // Then Chromium blocks each frame for the app's frame-ancestors: its error page loads, never the admin
    for (const blocked of [foreign, otherShop, noShop]) {
      expect(await showsAdmin(blocked.frame)).toBe(false);
      expect(blocked.frame.url()).toBe('chrome-error://chromewebdata/');
      expect(blocked.refusals).toEqual([expect.stringContaining('frame-ancestors')]);
    }
  });
});
