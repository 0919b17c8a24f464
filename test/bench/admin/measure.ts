import type { Browser } from 'playwright-core';
import type { AdminDemo } from '../../e2e/admin/admin-demo.js';
import type { BenchPage } from './pages.js';
import { READ_VITALS, VITALS_OBSERVER, type PageVitals } from './vitals-observer.js';

const VIEWPORT = { width: 1280, height: 900 };

/**
 * One cold load in a fresh context (no cache, no cookies): LCP and CLS up to the page's ready state, then the
 * scripted interaction for INP. LCP stops updating at the first input, as in the field.
 */
export async function measurePage(browser: Browser, demo: AdminDemo, bench: BenchPage): Promise<PageVitals> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(VITALS_OBSERVER);
    await page.goto(demo.url(bench.path, bench.query), { waitUntil: 'load' });
    await bench.ready(page);
    // Let late layout work (images, fonts) land before the interaction ends LCP and shifts are judged.
    await page.waitForTimeout(500);
    await bench.interact(page);
    await page.waitForTimeout(300);
    return (await page.evaluate(READ_VITALS)) as PageVitals;
  } finally {
    await context.close();
  }
}

export async function measureUrl(browser: Browser, url: string): Promise<PageVitals> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(VITALS_OBSERVER);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    await page.mouse.click(10, 10);
    return (await page.evaluate(READ_VITALS)) as PageVitals;
  } finally {
    await context.close();
  }
}
