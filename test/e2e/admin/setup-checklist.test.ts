// Issue 24, point 9: the dashboard's setup checklist, each item read from real state. The block item turns done only
// when a checkout rendered the block: here the checkout preview (the deployable extension and the built pixel).
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { buildExtension } from '../../bench/bundle/build-extensions.js';
import { axeViolations } from '../../support/axe.js';
import { launchChromium } from '../../support/chromium.js';
import { CheckoutPreview } from '../demo/checkout-preview.js';
import { buildFrontend, publishOffers, startAdminDemo, type AdminDemo } from './admin-demo.js';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../screenshots');
const BLOCK = 'Place the Tandem block in the checkout editor';

const checklist = (page: Page) => page.getByRole('region', { name: /^Set up Tandem/ });

/** The checklist's items as the merchant reads them: "title — done|to do". */
async function items(page: Page): Promise<string[]> {
  const card = checklist(page);
  await card.waitFor({ timeout: 30_000 });
  return (await card.locator('h3').allInnerTexts()).map((text) => text.trim());
}

describe('setup checklist', () => {
  let demo: AdminDemo | undefined;
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('shows what is done and what is left, links to the checkout editor, and ticks the block once a checkout shows it', async () => {
    // Given a synced shop with published offers and its pixel connected, whose block no checkout has shown yet
    await Promise.all([buildFrontend(), buildExtension('checkout-offers'), buildExtension('tandem-pixel')]);
    demo = await startAdminDemo();
    await publishOffers(demo);
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });

    // When the merchant opens the dashboard
    await page.goto(demo.url('/'));

    // Then the checklist says which steps are done, with a link to Shopify's checkout editor for the block
    expect(await items(page)).toEqual([
      'Sync your catalog and orders — done',
      'Publish offers to checkout — done',
      `${BLOCK} — to do`,
      'Connect the Tandem pixel — done',
      'Measure the first order — to do',
    ]);
    await page.getByText('Set up Tandem: 3 of 5 done').waitFor();
    const editor = page.getByRole('link', { name: 'Open the checkout editor' });
    expect(await editor.getAttribute('href')).toBe(
      'https://admin.shopify.com/store/admin-demo/settings/checkout/editor?page=checkout&context=apps',
    );
    await checklist(page).screenshot({ path: path.join(SCREENSHOTS, 'setup-checklist.png') });
    expect(await axeViolations(page)).toEqual([]);
    // (and the dashboard's chart has its name, a summary in words and its figures as a table)
    const chart = 'Revenue per eligible checkout, by day';
    expect(await page.getByRole('img', { name: chart }).getAttribute('aria-label')).toMatch(
      /^Revenue per eligible checkout, by day\. Shown offers: (no data yet|\d+ days? with data, latest .+, highest .+); Holdout: /,
    );
    expect(await page.getByRole('table', { name: chart, includeHidden: true }).count()).toBe(1);

    // When a buyer's checkout shows the block (the preview's pixel reports it to the app)
    const preview = new CheckoutPreview(await browser.newPage());
    await preview.open(`${demo.harness.url}/preview/checkout`);
    await preview.offers();

    // Then the block item is done on the next look at the dashboard
    const deadline = Date.now() + 30_000;
    for (;;) {
      await page.reload();
      if ((await items(page)).includes(`${BLOCK} — done`)) break;
      if (Date.now() > deadline) throw new Error('the block item never turned done');
      await page.waitForTimeout(500);
    }
    await page.getByText('Set up Tandem: 4 of 5 done').waitFor();
  });
});
