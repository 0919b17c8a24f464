// Issue 25: a returning customer's checkout reads their buyer profile (the `$app:tandem`/`profile` customer metafield,
// as Shopify hands a logged-in buyer's to the extension) and offers a due repeat purchase as "Buy again"; a guest with
// the same cart does not see it. The deployable extension build runs in the checkout preview against the emulator,
// with personalisation switched on before the first sync as the demo shop has it. The screenshot lands in
// test/e2e/screenshots/returning-buyer.png.
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { syncProfiles } from '@tandem/web/profiles/publish-profiles';
import { publishShopConfig } from '@tandem/web/offers/publish-config';
import { buildExtension } from '../../bench/bundle/build-extensions.js';
import { launchChromium } from '../../support/chromium.js';
import { publishOffers, startAdminDemo, type AdminDemo } from '../admin/admin-demo.js';
import { CheckoutPreview } from '../demo/checkout-preview.js';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../screenshots');
const BUY_AGAIN = 'You bought this before';

describe('a returning buyer in checkout', () => {
  let demo: AdminDemo | undefined;
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('is offered a due repeat purchase as "Buy again", which a guest with the same cart is not', async () => {
    // Given the demo shop synced with personalisation on, its offers and its buyers' profiles published
    await buildExtension('checkout-offers');
    demo = await startAdminDemo({ products: 120, orders: 4_000, settings: { personalise: true } });
    const { app } = demo.harness;
    const client = await app.adminClient(demo.shop);
    await publishOffers(demo);
    await publishShopConfig(client, demo.shop, await app.stores.settings.get(demo.shop));
    // (The first sync's republish wrote them already; this brings them up to date with the lists just published.)
    await syncProfiles({ client, stores: app.stores, shop: demo.shop, now: () => new Date() });
    const remembered = (await app.stores.profiles.list(demo.shop, { limit: 1_000 })).items;
    expect(remembered.filter((customer) => customer.publishedHash !== null).length).toBeGreaterThan(0);

    // When a guest opens checkout with the sample cart
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
    const preview = new CheckoutPreview(page);
    await preview.open(`${demo.harness.url}/preview/checkout?buyer=en-US`);
    await page.waitForSelector('body[data-customers=ready]', { timeout: 60_000 });
    const customers = await page
      .locator('#customer option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value).filter(Boolean));
    expect(customers.length).toBeGreaterThan(0);
    // (Offers' rows come after the one Storefront query; read the block once they are there.)
    const blockText = async () => {
      await preview.offers();
      await preview.block.locator('s-grid:has(s-button)').first().waitFor({ timeout: 15_000 });
      return preview.block.locator('body').innerText();
    };
    // Then no offer says the buyer bought it before
    expect(await blockText()).not.toContain(BUY_AGAIN);

    // When a returning customer with due repeat purchases signs in (the switch opens a cart on which theirs shows)
    let personalised: string | undefined;
    for (const customer of customers) {
      await page.locator('#customer').selectOption(customer);
      await page.waitForFunction(
        (id) => document.querySelector('#contact')?.textContent?.includes(id.split('/').pop() ?? id),
        customer,
      );
      await preview.offers();
      // The offers' rows come after the one Storefront query: give them a moment to show the reason.
      const shown = await preview.block
        .getByText(BUY_AGAIN)
        .first()
        .waitFor({ timeout: 10_000 })
        .then(() => true)
        .catch(() => false);
      if (shown) {
        personalised = customer;
        break;
      }
    }
    // Then checkout offers them something they bought before, with its own reason
    expect(personalised).toBeDefined();
    await page.locator('#checkout').screenshot({ path: path.join(SCREENSHOTS, 'returning-buyer.png') });

    // And signing out on the same cart shows a guest's offers, without it
    await page.locator('#customer').selectOption('');
    await page.waitForFunction(() => document.querySelector('#contact')?.textContent === 'Guest checkout');
    expect(await blockText()).not.toContain(BUY_AGAIN);
  });
});
