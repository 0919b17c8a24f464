// The demo shop with its offers published and the deployable checkout extension open in the checkout preview, as a
// buyer meets it: the starting point of the checkout browser tests.
import type { Browser, Page } from 'playwright-core';
import { buildExtension } from '../../bench/bundle/build-extensions.js';
import { launchChromium } from '../../support/chromium.js';
import { publishOffers, startAdminDemo, type AdminDemo } from '../admin/admin-demo.js';
import { CheckoutPreview } from '../demo/checkout-preview.js';

export interface PublishedPreview {
  readonly demo: AdminDemo;
  readonly page: Page;
  readonly preview: CheckoutPreview;
  close(): Promise<void>;
}

export async function openPublishedPreview(): Promise<PublishedPreview> {
  await buildExtension('checkout-offers');
  const demo = await startAdminDemo();
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await demo.close();
  };
  try {
    await publishOffers(demo);
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
    const preview = new CheckoutPreview(page);
    await preview.open(`${demo.harness.url}/preview/checkout`);
    return { demo, page, preview, close };
  } catch (error) {
    await close();
    throw error;
  }
}
