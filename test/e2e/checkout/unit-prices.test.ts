// Issue 24, point 1: the upgrade line a buyer reads in checkout quotes unit prices per kg / l or per 100 g / 100 ml,
// only for goods sold by measure, in each of the extension's four languages. The deployable extension build runs in
// the checkout preview against the emulator; the screenshots land in test/e2e/screenshots/upgrade-line-*.png.
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { buildExtension } from '../../bench/bundle/build-extensions.js';
import { publishShopConfig } from '@tandem/web/offers/publish-config';
import { publishedOffers } from '@tandem/web/offers/stored-list';
import { launchChromium } from '../../support/chromium.js';
import { publishOffers, startAdminDemo, type AdminDemo } from '../admin/admin-demo.js';
import { CheckoutPreview } from '../demo/checkout-preview.js';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../screenshots');

/** A variant sold by measure (Shopify unit price set) with a published upgrade, and one that only has a size. */
async function cartsToTry(demo: AdminDemo) {
  const { stores } = demo.harness.app;
  const tail = (id: string) => id.split('/').pop() ?? id;
  const seeded = new Map(
    demo.seed.products.flatMap((product) => product.variants.map((v) => [tail(v.id), v])),
  );
  const { items } = await stores.catalog.listProducts(demo.shop, { limit: 1000 });
  const measured: { productId: string; variantId: string; measure: string }[] = [];
  const sized: { productId: string; variantId: string }[] = [];
  for (const product of items) {
    const list = await stores.offers.getList(demo.shop, product.id);
    for (const offer of publishedOffers(list)) {
      const from =
        offer.kind === 'upgrade' && offer.fromVariantId ? seeded.get(tail(offer.fromVariantId)) : undefined;
      // The cart line must be buyable (the preview's picker refuses sold-out variants).
      if (!from || (from.inventoryQuantity <= 0 && from.inventoryPolicy === 'DENY')) continue;
      const tier = from.selectedOptions[0]?.name ?? '';
      const cart = { productId: from.productId, variantId: from.id };
      if (from.unitPriceMeasurement)
        measured.push({ ...cart, measure: from.unitPriceMeasurement.measuredType });
      else if (/Volume|Capacity/.test(tier)) sized.push(cart);
    }
  }
  return { measured, sized };
}

describe('unit prices in checkout', () => {
  let demo: AdminDemo | undefined;
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('quotes the upgrade per kg or per 100 g in every language, and nothing per unit for a size', async () => {
    // Given the demo shop synced, its offers published, and the deployable extension built
    await buildExtension('checkout-offers');
    demo = await startAdminDemo({ products: 120, orders: 3_000 });
    // A budget that lets a double-size pack through (the demo prices 2× the weight at ~1.7× the price)
    const settings = await demo.harness.app.stores.settings.put(demo.shop, { upgradeBudgetPct: 100 });
    await publishShopConfig(await demo.harness.app.adminClient(demo.shop), demo.shop, settings);
    await publishOffers(demo);
    const { measured, sized } = await cartsToTry(demo);
    // Sold by weight or volume first (per kg, per 100 ml…), else by the piece
    const [coffee] = [...measured].sort(
      (a, b) => Number(a.measure === 'COUNT') - Number(b.measure === 'COUNT'),
    );
    if (!coffee) throw new Error('the demo shop has no upgrade sold by measure');

    // When a buyer has a product sold by weight or volume in the cart
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const preview = new CheckoutPreview(page);
    await preview.open(`${demo.harness.url}/preview/checkout`);
    const addToCart = async (line: { productId: string; variantId: string }) => {
      await page.locator('#product-picker').selectOption(line.productId);
      await page.locator('#variant-picker').selectOption(line.variantId);
      await page.locator('#add-to-cart').click();
    };
    await addToCart(coffee);
    const lineOf = async (variantId: string) =>
      (await preview.waitForCart((lines) => lines.some((line) => line.variantId === variantId))).find(
        (line) => line.variantId === variantId,
      );
    const line = await lineOf(coffee.variantId);
    if (!line) throw new Error('no cart line');

    // Then in each language the upgrade line compares unit prices per a reference a shelf label uses
    const expected = {
      'en-US': /more for .+: \$[\d.,]+\/(kg|L|100 g|100 ml|item) instead of \$[\d.,]+\/\1$/,
      'nl-NL': /meer voor .+: € [\d.,]+\/(kg|l|100 g|100 ml|stuk) in plaats van € [\d.,]+\/\1$/,
      'de-DE': /mehr für .+: [\d.,]+ €\/(kg|l|100 g|100 ml|Stück) statt [\d.,]+ €\/\1$/,
      'nb-NO': /mer for .+: [\d\s.,]+ kr\/(kg|l|100 g|100 ml|stk) i stedet for [\d\s.,]+ kr\/\1$/,
    } as const;
    for (const [buyer, pattern] of Object.entries(expected)) {
      await page.locator('#buyer').selectOption(buyer);
      await page.waitForFunction((lang) => document.documentElement.lang === lang, buyer);
      const frame = preview.lineFrame(line.lineId);
      const text = frame.locator('s-text', { hasText: /\// }).first();
      await text.waitFor({ timeout: 20_000 });
      expect((await text.innerText()).replace(/\s+/g, ' ').trim()).toMatch(pattern);
      await page
        .locator(`[data-testid=cart-line][data-line-id="${line.lineId}"]`)
        .screenshot({ path: path.join(SCREENSHOTS, `upgrade-line-${buyer.split('-')[0]}.png`) });
    }

    // When the cart holds instead a good with only a size (a backpack's litres, a teapot's capacity)
    const [backpack] = sized;
    if (!backpack) throw new Error('the demo shop has no upgrade of a capacity or volume');
    await addToCart(backpack);
    const sizedLine = await lineOf(backpack.variantId);
    // Then its upgrade line, if any, names no unit price
    const prompt = preview.lineFrame(sizedLine?.lineId ?? '').locator('s-button');
    await prompt.waitFor({ timeout: 20_000 });
    expect(
      await preview
        .lineFrame(sizedLine?.lineId ?? '')
        .locator('body')
        .innerText(),
    ).not.toMatch(/\/(kg|l|L|100 g|100 ml)\b|per \d+ ?ml/);
  });
});
