// Issue 24, point 5: "No thanks" across checkouts. The deployable extension runs in the checkout preview, whose
// extension storage lives in the browser like checkout's; each "New checkout" is a new checkout token.
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { openPublishedPreview, type PublishedPreview } from './published-preview.js';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../screenshots');

describe('dismissals across checkouts', () => {
  let session: PublishedPreview | undefined;
  afterEach(async () => {
    await session?.close();
  });

  it('keeps offers a buyer dismissed in two checkouts away from the next checkout', async () => {
    // Given a buyer's checkout showing offers
    session = await openPublishedPreview();
    const { page, preview } = session;
    const titles = async () => (await preview.offers()).map((offer) => offer.title);
    const first = await titles();
    expect(first.length).toBeGreaterThan(0);

    // When they say "No thanks" here and again in a new checkout with the same cart
    for (let checkout = 0; checkout < 2; checkout += 1) {
      if (checkout > 0) {
        await page.locator('#new-checkout').click();
        expect(await titles()).toEqual(first);
      }
      await preview.block.getByRole('button', { name: 'Nee, bedankt' }).click();
      await preview.block.locator('s-heading').waitFor({ state: 'detached' });
    }

    // Then the next checkout shows none of the offers they dismissed twice
    await page.locator('#new-checkout').click();
    const later = await preview.block
      .locator('s-heading')
      .waitFor({ timeout: 20_000 })
      .then(titles)
      .catch(() => []);
    for (const title of first) expect(later).not.toContain(title);
    await page
      .locator('#checkout')
      .screenshot({ path: path.join(SCREENSHOTS, 'dismissed-offers-stay-away.png') });
  });
});
