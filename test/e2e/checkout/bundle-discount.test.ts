// Issue 24, point 7: a "buy X, get Y at 20% off" discount the merchant made in Tandem's admin, applied in the checkout
// preview's order summary and totals as Shopify applies it (the emulated shop works it out for each cart).
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { HARNESS_APP } from '../../support/app-harness.js';
import { openPublishedPreview, type PublishedPreview } from './published-preview.js';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../screenshots');

describe('bundle discount in the checkout preview', () => {
  let session: PublishedPreview | undefined;
  afterEach(async () => {
    await session?.close();
  });

  it('takes 20 % off the offered product once it is added, in the line, the savings and the subtotal', async () => {
    // Given a Dutch buyer's checkout showing offers for the first cart line
    session = await openPublishedPreview();
    const { demo, page, preview } = session;
    const [anchor] = await preview.cartLines();
    const [first] = await preview.offers();
    const productOf = (find: (product: (typeof demo.seed.products)[number]) => boolean) =>
      demo.seed.products.find(find);
    const buy = productOf((product) => product.variants.some((variant) => variant.id === anchor?.variantId));
    const get = productOf((product) => product.translations.nl === first?.title);
    expect(buy && get).toBeTruthy();

    // And the merchant's bundle discount on that pair, made through Tandem's admin API
    const { token } = await demo.harness.emulator.control.sessionToken({
      shop: demo.shop,
      clientId: HARNESS_APP.clientId,
    });
    const created = await fetch(`${demo.harness.url}/api/discounts`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title: 'Bundle',
        buyProductId: buy?.id,
        getProductId: get?.id,
        buyQuantity: 1,
        getQuantity: 1,
        percentOff: 20,
        combinesWith: { productDiscounts: true, orderDiscounts: true, shippingDiscounts: true },
        startsAt: new Date(Date.now() - 60_000).toISOString(),
        endsAt: null,
      }),
    });
    expect(created.status).toBe(201);

    // When the buyer adds the offered product
    await first?.button.click();
    const lines = await preview.waitForCart((current) => current.length === 2);
    const added = lines.find((line) => line.lineId !== anchor?.lineId);

    // Then its line shows the discount and its price after it, and the totals count it
    const row = page.locator(`[data-testid=cart-line][data-line-id="${added?.lineId ?? ''}"]`);
    const label = row.locator('[data-testid=line-discount]');
    await label.waitFor({ timeout: 15_000 });
    const discount = Math.round((added?.amount ?? 0) * 0.2 * 100) / 100;
    expect(await label.innerText()).toMatch(/^Bundle \(−€\s?\d+,\d{2}\)$/);
    expect(
      Number(await row.locator('[data-testid=line-discounted]').getAttribute('data-amount')),
    ).toBeCloseTo((added?.amount ?? 0) - discount, 2);
    const savings = Number(await page.locator('[data-testid=savings]').getAttribute('data-amount'));
    const subtotal = Number(await page.locator('[data-testid=subtotal]').getAttribute('data-amount'));
    expect(savings).toBeCloseTo(discount, 2);
    expect(subtotal).toBeCloseTo(lines.reduce((sum, line) => sum + line.amount, 0) - discount, 2);
    await page
      .locator('.summary')
      .screenshot({ path: path.join(SCREENSHOTS, 'bundle-discount-summary.png') });
  });
});
