// Issue 11's acceptance test: from a clean data directory, `npm start`, then a buyer's checkout in the preview,
// a purchase, and the merchant's dashboard — in Debian's chromium. Screenshots of every step go to
// test/artifacts/e2e-demo/; the README's two (test/e2e/screenshots/checkout-preview.png and dashboard.png) are
// copies of 01-checkout-offers.png and 05-dashboard.png from a run, refreshed by hand when the UI changes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { createControlClient } from '@tandem/emulator';
import { plantedComplements } from '@tandem/emulator/demo/index';
import { parseOfferList, type PublishedOffer } from '@tandem/offer-core';
import type { Browser } from 'playwright-core';
import { dashboardPanel, waitForKpis } from './admin-dashboard.js';
import { launchChromium } from '../../support/chromium.js';
import { freePort } from '../../support/processes.js';
import { screenshots } from './browser.js';
import { CheckoutPreview } from './checkout-preview.js';
import { eventually } from '../../support/eventually.js';
import { startDemo, type RunningDemo } from './demo-process.js';

const SHOP = 'tandem-demo.myshopify.com';

async function publishedOffers(emulatorUrl: string, productId: string): Promise<readonly PublishedOffer[]> {
  const metafield = await createControlClient(emulatorUrl).metafield({
    shop: SHOP,
    ownerId: productId,
    namespace: '$app:tandem',
    key: 'offers',
  });
  const parsed = parseOfferList(metafield?.value);
  if (parsed.kind !== 'ok')
    throw new Error(`no readable offer list on ${productId}: ${JSON.stringify(metafield)}`);
  return parsed.list.offers;
}

describe('the npm start demo', () => {
  let dataDir: string | undefined;
  let demo: RunningDemo | undefined;
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    await demo?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('installs, mines and publishes offers, sells them at checkout and reports exactly what they earned', async () => {
    // Given a clean data directory and `npm start`
    dataDir = await mkdtemp(path.join(tmpdir(), 'tandem-demo-e2e-'));
    const port = await freePort();
    demo = await startDemo({ dataDir, port });
    process.stdout.write(
      `npm start: ready ${demo.readySeconds} s after the server process started, ${demo.wallSeconds} s including the build (fresh data directory)\n`,
    );

    // Then every URL it printed answers
    for (const url of [
      demo.checkoutUrl,
      demo.adminUrl,
      `${demo.publicUrl}/readyz`,
      `${demo.emulatorUrl}/_control/shops`,
    ]) {
      expect({ url, status: (await fetch(url)).status }).toEqual({ url, status: 200 });
    }

    // When a Dutch buyer (EUR) has a product with known complements in the cart
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const shot = screenshots();
    const preview = new CheckoutPreview(page);
    await preview.open(demo.checkoutUrl);
    const planted = new Set(plantedComplements().map((link) => link.from));
    const samples = await page.locator('[data-testid=sample-cart]').evaluateAll((buttons) =>
      buttons.map((button) => ({
        productId: (button as HTMLElement).dataset['productId'] ?? '',
        variantId: (button as HTMLElement).dataset['variantId'] ?? '',
      })),
    );
    const sample = samples.find((candidate) => planted.has(candidate.productId));
    expect(sample).toBeDefined();
    await page.locator(`[data-testid=sample-cart][data-product-id="${sample?.productId}"]`).click();
    const [anchor] = await preview.waitForCart(
      (lines) => lines.length === 1 && lines[0]?.variantId === sample?.variantId,
    );
    if (!anchor) throw new Error('no cart line');

    // Then the "before you pay" block shows at most 3 offers, priced in euros, all from the product's published list
    const offers = await preview.offers();
    expect(offers.length).toBeGreaterThan(0);
    expect(offers.length).toBeLessThanOrEqual(3);
    for (const offer of offers) expect(offer.price).toMatch(/^€\s?[\d.]+,\d{2}$/);
    const published = await publishedOffers(demo.emulatorUrl, sample?.productId ?? '');
    await shot(page, 'checkout-offers');

    // When the buyer adds the first offer
    await offers[0]?.button.click();
    const withAdded = await preview.waitForCart((lines) => lines.length === 2);
    const added = withAdded.find((line) => line.lineId !== anchor.lineId);

    // Then it is in the cart at the price the offer showed, marked as Tandem's, and was a published cross-sell
    expect(added?.via).toMatch(/via Tandem offer/);
    expect(added?.price).toBe(offers[0]?.price);
    expect(published.filter((offer) => offer.kind === 'xsell').map((offer) => offer.variantId)).toContain(
      added?.variantId,
    );
    await shot(page, 'offer-added');

    // When the buyer upgrades the first line to its next tier
    const upgrade = published.find(
      (offer) => offer.kind === 'upgrade' && offer.fromVariantId === anchor.variantId,
    );
    expect(upgrade).toBeDefined();
    await preview.lineFrame(anchor.lineId).locator('s-button').click();
    const afterUpgrade = await preview.waitForCart(
      (lines) => lines.find((line) => line.lineId === anchor.lineId)?.variantId === upgrade?.variantId,
    );
    const upgraded = afterUpgrade.find((line) => line.lineId === anchor.lineId);
    expect({ quantity: upgraded?.quantity, via: upgraded?.via }).toEqual({
      quantity: anchor.quantity,
      via: expect.stringMatching(/via Tandem upgrade/),
    });
    await shot(page, 'line-upgraded');

    // When the buyer pays
    await page.locator('#pay').click();
    const confirmation = page.locator('[data-testid=order-confirmation]');
    await confirmation.waitFor({ timeout: 20_000 });
    expect(await confirmation.getAttribute('data-order-id')).toMatch(/^gid:\/\/shopify\/Order\/\d+$/);
    await shot(page, 'order-placed');

    // Then the dashboard shows the order and exactly the added line plus the upgrade's difference (EUR = shop currency)
    const expectedMinor = Math.round(((added?.amount ?? 0) + (upgraded?.amount ?? 0) - anchor.amount) * 100);
    const kpis = await waitForKpis(
      demo.publicUrl,
      (current) => current.attributed.revenueMinor > 0 && current.arms.treatment.adds > 0,
    );
    expect(kpis.currency).toBe('EUR');
    expect(kpis.attributed.revenueMinor).toBe(expectedMinor);
    expect({
      xsell: kpis.attributed.byKind.xsell.orders,
      upgrade: kpis.attributed.byKind.upgrade.orders,
      orders: kpis.arms.treatment.orders,
    }).toEqual({ xsell: 1, upgrade: 1, orders: 1 });
    expect({ adds: kpis.arms.treatment.adds, upgrades: kpis.arms.treatment.upgrades }).toEqual({
      adds: 1,
      upgrades: 1,
    });
    expect(kpis.arms.treatment.impressions).toBeGreaterThanOrEqual(offers.length + 1);
    const adminPage = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
    await adminPage.goto(demo.adminUrl);
    const revenueCard = await dashboardPanel(adminPage, 'Attributed revenue');
    expect(revenueCard).toContain((expectedMinor / 100).toFixed(2));
    expect(revenueCard).toContain('1 cross-sell · 1 upgrade orders');
    expect(await dashboardPanel(adminPage, 'Attach rate')).toContain('of 1 orders took an offer');
    const funnel = await dashboardPanel(adminPage, 'Offer funnel');
    const funnelCount = (label: string) => Number(new RegExp(`${label}\\s+(\\d+)`).exec(funnel)?.[1]);
    expect({ added: funnelCount('Added'), upgraded: funnelCount('Upgraded') }).toEqual({
      added: 1,
      upgraded: 1,
    });
    expect(funnelCount('Impressions')).toBeGreaterThanOrEqual(offers.length + 1);
    await shot(adminPage, 'dashboard');
    await adminPage.close();

    // When a Norwegian buyer starts a new checkout
    await page.locator('#new-checkout-after').click();
    await page.locator('#buyer').selectOption('nb-NO');
    await page.waitForFunction(() => document.documentElement.lang === 'nb-NO');

    // Then the block speaks Norwegian and prices are in kroner, in the cart and in the offers
    await preview.block.getByText('Passer godt til bestillingen din').waitFor({ timeout: 20_000 });
    const norwegian = await preview.offers();
    expect(norwegian.length).toBeGreaterThan(0);
    for (const offer of norwegian) expect(offer.price).toMatch(/kr/);
    expect(await norwegian[0]?.button.innerText()).toBe('Legg til');
    expect((await preview.cartLines())[0]?.price).toMatch(/kr/);
    await shot(page, 'norwegian-buyer');

    // And an express wallet (cart changes disabled) shows no buttons that would change the cart
    await page.locator('#wallet').check();
    await eventually(async () =>
      expect(await preview.block.locator('s-button:has-text("Legg til")').count()).toBe(0),
    );
    await shot(page, 'wallet');

    // And a held-out checkout (control arm, decided from its token) records its eligibility and shows nothing
    await page.locator('#wallet').uncheck();
    const treatmentToken = await preview.checkoutToken();
    await page.locator('input[name=arm][value=control]').check();
    await eventually(async () => expect(await preview.checkoutToken()).not.toBe(treatmentToken));
    const controlToken = await preview.checkoutToken();
    await eventually(async () =>
      expect(
        (await preview.events()).find(
          (event) =>
            event.text === 'tandem:eligible' &&
            (event.detail as { checkoutToken?: string }).checkoutToken === controlToken,
        )?.detail,
      ).toMatchObject({ arm: 'control' }),
    );
    expect(
      await preview.block.locator(':is(s-stack, s-heading, s-button, s-skeleton-paragraph)').count(),
    ).toBe(0);
    await shot(page, 'holdout');

    // And a second start reuses the data (and replays the preview's order into the emulator)
    await demo.stop();
    demo = await startDemo({ dataDir, port });
    expect(demo.output()).toMatch(/✓ sync\s+reusing 400 products/);
    expect(demo.output()).toMatch(/\(1 from the checkout preview\)/);
    process.stdout.write(
      `npm start: ready ${demo.readySeconds} s after the server process started, ${demo.wallSeconds} s including the build (second start)\n`,
    );
    expect((await waitForKpis(demo.publicUrl, () => true)).attributed.revenueMinor).toBe(expectedMinor);
  });
});
