import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from '@jest/globals';
import { parseJsonLossless } from '@tandem/web/webhooks/lossless-json';
import { WEBHOOK_MAX_TRIES } from '@tandem/web/webhooks/topics';
import type { Browser, Page } from 'playwright-core';
import {
  buildFrontend,
  liveList,
  liveOffers,
  productWithCrossSells,
  publishOffers,
  startAdminDemo,
  type AdminDemo,
} from './admin-demo.js';
import { launchChromium } from '../../support/chromium.js';
import { screenshot } from './browser.js';

async function openPage(browser: Browser, demo: AdminDemo, path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(demo.url(path));
  expect(problems).toEqual([]);
  return page;
}

/** Picks a product in a Polaris autocomplete by typing part of its title. */
async function pickProduct(page: Page, label: string, title: string): Promise<void> {
  await page.getByLabel(label).fill(title.slice(0, 12));
  await page.getByRole('option', { name: title }).click();
}

/** Polls `check` every 250 ms for up to 30 s (republishing runs a second after a change). */
async function waitUntil(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const configValue = async (demo: AdminDemo) =>
  JSON.parse(
    (
      await demo.harness.emulator.control.metafield({
        shop: demo.shop,
        ownerId: demo.seed.shop.id,
        namespace: '$app:tandem',
        key: 'config',
      })
    )?.value ?? '{}',
  ) as Record<string, unknown>;

describe('embedded admin in Chromium', () => {
  let demo: AdminDemo | undefined;
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('opens on the dashboard and walks every page', async () => {
    // Given the built admin over a synced demo shop
    await buildFrontend();
    demo = await startAdminDemo();
    await publishOffers(demo);
    browser = await launchChromium();

    // When the merchant opens the admin
    const page = await openPage(browser, demo, '/');

    // Then the dashboard shows the synced catalog and the measurement panel
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await page.getByText('Products synced').waitFor();
    await page.getByText('Treatment vs holdout').waitFor();
    await screenshot(page, 'dashboard');

    // And each page opens from the navigation without a reload: on Upgrades a declared family can be disabled
    const { items } = await demo.harness.app.stores.catalog.listProducts(demo.shop, { limit: 2 });
    const [low, high] = items;
    await demo.harness.app.stores.rules.add(demo.shop, {
      kind: 'manual',
      productId: low?.id ?? '',
      targetProductId: high?.id ?? '',
      targetVariantId: null,
      offerKind: 'upgrade',
    });
    await page.getByRole('link', { name: 'Upgrades', exact: true }).click();
    await page.getByText('Confirmed by you').waitFor();
    await screenshot(page, 'upgrades');
    await page.getByRole('button', { name: 'Disable' }).click();
    await page.getByText('Disabled', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Sync', exact: true }).click();
    await page.getByRole('heading', { name: 'Sync', level: 1 }).waitFor();
    await screenshot(page, 'sync');
    await page.getByRole('button', { name: 'Sync now' }).click();
    await page.getByText('Sync queued').first().waitFor();
  });

  it('says how often the published offers held what customers bought next, and which model was picked', async () => {
    // Given a shop whose last recompute had too little history to compare models (as a new shop's does)
    await buildFrontend();
    demo = await startAdminDemo({ orders: 5_000 });
    browser = await launchChromium();
    await demo.harness.app.stores.offers.putModelReport(demo.shop, {
      computedAt: new Date().toISOString(),
      orders: 40,
      selection: {
        kind: 'too_little_history',
        chosen: { id: 'blend', label: 'Learned model + bought together', settings: {} },
        reason: 'the newest 8 orders give 20 items to test on, fewer than the 300 a fair comparison needs',
        split: { trainOrders: 32, validationOrders: 8, cases: 20 },
      },
    });
    const page = await openPage(browser, demo, '/offers');
    // Then the Offers page says the test cannot be made yet, and which model checkout uses meanwhile
    await page.getByText(/Not enough order history to test yet: 8 recent orders gave 20 items/).waitFor();

    // When the offers are recomputed (the model selected on the newest orders) and the page is opened again
    await publishOffers(demo);
    const report = await demo.harness.app.stores.offers.getModelReport(demo.shop);
    const selection = report?.selection as { chosen: { label: string }; candidates: unknown[] } | undefined;
    expect(selection?.candidates.length).toBeGreaterThan(1);
    await page.reload();

    // Then it shows, in plain words, the published model beside best sellers and the bought-together rule
    const card = page.getByRole('region', { name: 'Would these offers have been bought?' });
    await card
      .getByText(/We hid your newest [\d,]+ orders while learning from the [\d,]+ before them/)
      .waitFor();
    for (const row of [`Tandem — ${selection?.chosen.label ?? ''}`, 'Best sellers', 'Bought-together rule'])
      await card.getByText(row, { exact: true }).waitFor();
    await card.getByText(/^Picked: /).waitFor();
    expect(await card.getByRole('cell', { name: / in 100$/ }).count()).toBe(6);
    await screenshot(page, 'offer-quality');
    await card.screenshot({ path: 'test/e2e/screenshots/offer-quality.png' });
  });

  it('pins an offer, and checkout’s offers metafield puts it first within seconds', async () => {
    // Given a product with mined offers, published to its metafield
    await buildFrontend();
    demo = await startAdminDemo();
    await publishOffers(demo);
    browser = await launchChromium();
    const { product, crossSells } = await productWithCrossSells(demo, 3);
    const third = crossSells[2];
    const thirdTitle = third?.title ?? '';
    expect((await liveOffers(demo, product.id))[0]?.productId).not.toBe(third?.id);

    // When the merchant searches the product, opens it and pins its third cross-sell
    const page = await openPage(browser, demo, '/offers');
    await page.getByLabel('Search products').fill(product.title);
    // (Keyboard path: the item's own button, as a screen reader user would reach it.)
    await page.getByRole('button', { name: `Show offers for ${product.title}` }).press('Enter');
    await page.getByText('Cross-sells, in rank order').waitFor();
    await page.getByRole('button', { name: `Pin ${thirdTitle} first` }).click();

    // Then the page reports the update, and checkout's metafield lists the pinned product first as the merchant's pick
    await page.getByText('Updating checkout…').waitFor();
    await page.getByText(/^Live since/).waitFor({ timeout: 60_000 });
    expect((await liveOffers(demo, product.id))[0]).toMatchObject({
      productId: third?.id,
      reason: 'merchant',
    });
    await page.getByRole('button', { name: `Unpin ${thirdTitle}` }).waitFor();
    expect(
      (await demo.harness.app.stores.rules.list(demo.shop, { productId: product.id })).map((rule) => [
        rule.kind,
        rule.targetProductId,
      ]),
    ).toEqual([['pin', third?.id]]);
    await page.getByText('Goes well with your order').waitFor();
    await screenshot(page, 'offers');
  });

  it('refreshes its checkout preview after a rule change, without a reload', async () => {
    // Given a product's offers page and its checkout preview showing one of its cross-sells
    await buildFrontend();
    demo = await startAdminDemo();
    await publishOffers(demo);
    browser = await launchChromium();
    const { product, crossSells } = await productWithCrossSells(demo, 3);
    // (No price cap in the way: the preview then shows the list's first offers whatever the cart.)
    await demo.harness.app.stores.settings.put(demo.shop, { priceCapPct: 1000 });
    const page = await openPage(browser, demo, '/offers');
    await page.getByLabel('Search products').fill(product.title);
    await page.getByRole('button', { name: `Show offers for ${product.title}` }).press('Enter');
    const preview = page.locator('#checkout-preview-result');
    let previewText = '';
    await waitUntil(async () => {
      previewText = (await preview.count()) > 0 ? await preview.innerText() : '';
      return crossSells.some((candidate) => previewText.includes(candidate.title));
    });
    const shown = crossSells.find((candidate) => previewText.includes(candidate.title));
    if (!shown) throw new Error(`the preview shows none of the product’s cross-sells: ${previewText}`);

    // When the merchant excludes it
    await page.getByRole('button', { name: `Exclude ${shown.title}` }).click();

    // Then, once checkout is updated, the preview no longer offers it (no reload)
    await page.getByText(/^Live since/).waitFor({ timeout: 60_000 });
    await waitUntil(async () => !(await preview.innerText()).includes(shown.title));
  });

  it('creates a BXGY discount that checkout’s offer shows, and removes it', async () => {
    // Given a product whose published list offers another one
    await buildFrontend();
    demo = await startAdminDemo();
    await publishOffers(demo);
    browser = await launchChromium();
    const { product: buy, crossSells } = await productWithCrossSells(demo, 1);
    const get = crossSells[0];
    const offered = async () =>
      (await liveOffers(demo as AdminDemo, buy.id)).find((offer) => offer.productId === get?.id);
    const { partners: votes, pairs: pairVotes } = await liveList(demo, buy.id);
    expect(votes).toEqual(expect.any(Array));

    // When the merchant fills in the form and creates the discount
    const page = await openPage(browser, demo, '/discounts');
    await page.getByLabel('Title').fill('Better together: 15% off');
    await pickProduct(page, 'When they buy', buy.title);
    await pickProduct(page, 'They get', get?.title ?? '');
    await page.getByLabel('Discount', { exact: true }).fill('15');
    await page.getByRole('button', { name: 'Create discount' }).click();

    // Then it is listed, exists in Shopify, and checkout's offer of Y with X carries the 15% off
    await page.getByText(`get 1 × ${get?.title ?? ''} at 15% off`).waitFor();
    expect((await demo.harness.emulator.control.snapshot(demo.shop)).discounts).toBe(1);
    await screenshot(page, 'discounts');
    await waitUntil(async () => (await offered())?.discountPct === 15);
    // And the list marked with the discount keeps the votes it was published with
    const { partners, pairs } = await liveList(demo, buy.id);
    expect({ partners, pairs }).toEqual({ partners: votes, pairs: pairVotes });

    // When it is removed (confirmed in the dialog), it is gone from the list, from Shopify and from the offer
    await page.getByRole('button', { name: 'Remove Better together: 15% off' }).click();
    await page.getByRole('button', { name: 'Remove discount' }).click();
    await page.getByText('No bundle discounts yet.').waitFor();
    expect((await demo.harness.emulator.control.snapshot(demo.shop)).discounts).toBe(0);
    await waitUntil(async () => (await offered())?.discountPct === undefined);
  });

  it('changes settings, shows field errors, and republishes the checkout config', async () => {
    // Given the settings page
    await buildFrontend();
    demo = await startAdminDemo();
    browser = await launchChromium();
    const page = await openPage(browser, demo, '/settings');
    await page.getByLabel('Most offers shown').waitFor();

    // When the merchant enters an impossible maximum, then a valid one with a wider holdout and a Dutch heading
    await page.getByLabel('Most offers shown').fill('12');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('must be at most 10').waitFor();
    await page.getByLabel('Most offers shown').fill('2');
    await page.getByRole('slider', { name: 'Holdout share' }).focus();
    for (let step = 0; step < 5; step += 1) await page.keyboard.press('ArrowRight');
    await page.getByRole('tab', { name: 'Dutch' }).click();
    // (the heading field shows the Dutch copy only once the tab is selected; filling earlier edits the English one)
    await page.getByRole('tab', { name: 'Dutch', selected: true }).waitFor();
    await page.getByLabel('Block heading').fill('Past goed bij je bestelling');
    await page.getByRole('button', { name: 'Save' }).click();

    // Then checkout's config metafield carries the new values and the page says they are live
    await page.getByText(/Live at checkout since/).waitFor();
    expect(await configValue(demo)).toMatchObject({
      maxOffers: 2,
      holdoutShare: 0.15,
      copy: { nl: { heading: 'Past goed bij je bestelling' } },
    });
    await screenshot(page, 'settings');
  });

  it('guards unsaved settings with the contextual save bar, and names an unknown placeholder on save', async () => {
    // Given the settings page
    await buildFrontend();
    demo = await startAdminDemo();
    browser = await launchChromium();
    const page = await openPage(browser, demo, '/settings');
    await page.getByLabel('Most offers shown').waitFor();
    const saveBar = page.locator('ui-save-bar');
    expect(await saveBar.isVisible()).toBe(false);

    // When the merchant edits a reason with a typo in its placeholder
    await page.getByLabel('Reason: often bought with').fill('Often bought with {{prodcut}}');

    // Then the save bar says there are unsaved changes
    await saveBar.getByText('Unsaved changes').waitFor();

    // When they try to leave for the dashboard and choose to stay
    const dialogs: string[] = [];
    page.once('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('link', { name: 'Dashboard' }).click();

    // Then they were asked, and the page and the edit are still there
    expect(dialogs).toEqual([expect.stringMatching(/unsaved changes/i)]);
    expect(await page.getByLabel('Reason: often bought with').inputValue()).toBe(
      'Often bought with {{prodcut}}',
    );

    // When they save, the typo is named and nothing is saved
    await saveBar.getByRole('button', { name: 'Save' }).click();
    await page.getByText('has an unknown placeholder {{prodcut}} (this text can use {{product}})').waitFor();
    expect(await configValue(demo)).not.toMatchObject({ copy: { en: expect.anything() } });
    await screenshot(page, 'settings-unsaved');

    // When they discard, the field is back to its saved value and the save bar goes away
    await saveBar.getByRole('button', { name: 'Discard' }).click();
    expect(await page.getByLabel('Reason: often bought with').inputValue()).toBe('');
    await saveBar.waitFor({ state: 'hidden' });
  });

  it('tells the merchant on the dashboard that the last sync failed', async () => {
    // Given a shop whose first sync succeeded and whose latest sync then failed
    await buildFrontend();
    demo = await startAdminDemo();
    const { syncRuns } = demo.harness.app.stores;
    const run = await syncRuns.create(demo.shop, { kind: 'incremental', path: 'paged' });
    await syncRuns.update(demo.shop, run.id, { status: 'running' });
    await syncRuns.update(demo.shop, run.id, {
      status: 'failed',
      errors: [{ resourceId: null, message: 'Shopify answered 503 five times' }],
    });
    browser = await launchChromium();

    // When the merchant opens the dashboard
    const page = await openPage(browser, demo, '/');

    // Then a banner says so, with the reason and the way to the Sync page
    const banner = page.getByRole('alert').filter({ hasText: 'The last sync failed' });
    await banner.waitFor();
    expect(await banner.innerText()).toContain('Shopify answered 503 five times');
    await screenshot(page, 'dashboard-sync-failed');
    await banner.getByRole('button', { name: 'Open Sync' }).click();
    await page.getByRole('heading', { name: 'Sync', exact: true }).waitFor();
  });

  it('lists a dead-lettered webhook on the Sync page, and Retry processes it', async () => {
    // Given an orders/create delivery of the shop whose every try failed
    await buildFrontend();
    demo = await startAdminDemo();
    const { inbox, orders } = demo.harness.app.stores;
    const body = await readFile(
      new URL('../../integration/webhooks/payloads/orders-create.json', import.meta.url),
      'utf8',
    );
    await inbox.record(demo.shop, {
      webhookId: 'wh-dead',
      topic: 'orders/create',
      triggeredAt: '2026-11-20T09:15:02Z',
      payload: parseJsonLossless(body),
      receivedAt: '2026-11-20T09:15:03Z',
    });
    for (let i = 0; i < WEBHOOK_MAX_TRIES; i += 1)
      await inbox.recordFailure(demo.shop, 'wh-dead', 'UnavailableError: HTTP 503', WEBHOOK_MAX_TRIES);
    const before = await orders.countOrders(demo.shop);
    browser = await launchChromium();

    // When the merchant opens the Sync page
    const page = await openPage(browser, demo, '/sync');
    // Then the dead webhook is listed with its error, and Retry processes it and clears the list
    await page.getByText('1 webhook could not be processed').waitFor();
    await page.getByText('UnavailableError: HTTP 503').waitFor();
    await screenshot(page, 'sync-dead-webhooks');
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.getByText('1 webhook could not be processed').waitFor({ state: 'detached' });
    await waitUntil(async () => (await orders.countOrders(demo?.shop ?? '')) === before + 1);
  });
});
