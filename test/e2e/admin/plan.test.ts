// Issue 26: the Plan page in Chromium. Upgrading goes through the emulated Shopify's confirmation page (a top-level
// redirect, as App Bridge does in the admin) and back; a declined confirmation leaves the shop on Free, told so.
import { afterEach, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { axeViolations } from '../../support/axe.js';
import { launchChromium } from '../../support/chromium.js';
import { buildFrontend, startAdminDemo, type AdminDemo } from './admin-demo.js';
import { screenshot } from './browser.js';

describe('Plan page in Chromium', () => {
  let demo: AdminDemo | undefined;
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('declines, then upgrades to Growth through Shopify’s confirmation page, and shows the plan', async () => {
    // Given the built admin over a synced demo shop on Free
    await buildFrontend();
    demo = await startAdminDemo({ products: 20, orders: 200 });
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(demo.url('/plan'));
    await page.getByRole('heading', { name: 'Plan', level: 1 }).waitFor();
    await page.getByText('Nothing: the Free plan has no charges.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // When the merchant asks for Growth and declines on Shopify's confirmation page
    await page.getByLabel('Monthly usage cap (USD)').fill('250');
    await page.getByRole('button', { name: 'Upgrade to Growth' }).click();
    await page.getByRole('heading', { name: 'Approve Tandem Growth' }).waitFor();
    await page.getByText('250.0 USD every 30 days').waitFor();
    await page.getByRole('button', { name: 'Decline' }).click();
    await page.getByRole('heading', { name: 'You declined the charge' }).waitFor();
    await page.getByRole('link', { name: 'Back to the app' }).click();
    // Then the shop is still on Free, and the Plan page says what happened
    await page
      .getByText("The Growth plan was declined on Shopify's confirmation page. You stay on Free.")
      .waitFor();
    await page.getByText('Nothing: the Free plan has no charges.').waitFor();

    // When the merchant upgrades again and approves
    await page.getByRole('button', { name: 'Upgrade to Growth' }).click();
    await page.getByRole('button', { name: 'Approve' }).click();
    // Then Shopify sends them back to the Plan page, now on Growth with the next charge and the cap
    await page.waitForURL(/\/plan\?shop=.*&charge_id=\d+$/);
    await page.getByRole('button', { name: 'Downgrade to Free' }).waitFor();
    await page.getByText('Usage $0.00 of your $100.00 monthly cap').waitFor();
    await page.getByText('Test charges').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'plan');
    await page.screenshot({ path: 'test/e2e/screenshots/plan.png', fullPage: true });

    // When they downgrade, the shop is back on Free
    await page.getByRole('button', { name: 'Downgrade to Free' }).click();
    await page.getByText('Growth was cancelled; the shop is on Free.').waitFor();
    expect(problems).toEqual([]);
  });
});
