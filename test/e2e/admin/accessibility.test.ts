// Issue 24, point 8: axe-core on every admin page and on the checkout preview (with the extension's frames), with
// no serious or critical violation. Run in Debian's chromium against the app and the emulator.
import { afterEach, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { buildExtension } from '../../bench/bundle/build-extensions.js';
import { axeViolations } from '../../support/axe.js';
import { launchChromium } from '../../support/chromium.js';
import { CheckoutPreview } from '../demo/checkout-preview.js';
import {
  buildFrontend,
  productWithCrossSells,
  publishOffers,
  startAdminDemo,
  type AdminDemo,
} from './admin-demo.js';

/** Waits for a page's own content (Polaris skeletons gone) before checking it. */
async function settled(page: Page): Promise<void> {
  await page.locator('.Polaris-Page').first().waitFor();
  await page.waitForFunction(
    () => document.querySelectorAll('.Polaris-SkeletonBodyText').length === 0,
    null,
    {
      timeout: 30_000,
    },
  );
}

describe('accessibility (axe-core)', () => {
  let demo: AdminDemo | undefined;
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('finds no serious or critical violation on any admin page or in the checkout preview', async () => {
    // Given the admin and the checkout preview of a synced shop with published offers
    await Promise.all([buildFrontend(), buildExtension('checkout-offers')]);
    demo = await startAdminDemo();
    await publishOffers(demo);
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const { product } = await productWithCrossSells(demo, 2);
    const found: Record<string, unknown[]> = {};

    // When axe checks each admin page (the Offers page with a product open, as a merchant works with it)
    for (const path of ['/', '/offers', '/upgrades', '/discounts', '/settings', '/sync']) {
      await page.goto(demo.url(path));
      await settled(page);
      if (path === '/offers') {
        await page.getByLabel('Search products').fill(product.title);
        await page.getByRole('button', { name: `Show offers for ${product.title}` }).press('Enter');
        await page.getByText('Cross-sells, in rank order').waitFor();
        await page.locator('#checkout-preview-result').waitFor({ timeout: 30_000 });
      }
      found[path] = await axeViolations(page);
    }

    // And the checkout preview, with the block and the upgrade prompts rendered
    const preview = new CheckoutPreview(page);
    await preview.open(`${demo.harness.url}/preview/checkout`);
    await preview.offers();
    found['/preview/checkout'] = await axeViolations(page);

    // Then none has a serious or critical violation
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((key) => [key, []])));
  });
});
