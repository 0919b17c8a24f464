// Issue 24, point 4: an offer whose variant sells out while the buyer's checkout is open. The deployable extension
// runs in the checkout preview; the emulator sells the variant out between the render and the click.
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { openPublishedPreview, type PublishedPreview } from './published-preview.js';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../screenshots');

describe('stock in an open checkout', () => {
  let session: PublishedPreview | undefined;
  afterEach(async () => {
    await session?.close();
  });

  it('drops an offer that sold out under the buyer’s click, says so, and keeps the others', async () => {
    // Given a Dutch buyer's checkout showing offers
    session = await openPublishedPreview();
    const { demo, page, preview } = session;
    const offers = await preview.offers();
    expect(offers.length).toBeGreaterThan(0);
    const [first] = offers;
    const product = demo.seed.products.find((candidate) => candidate.translations.nl === first?.title);
    const variantIds = product?.variants.map((variant) => variant.id) ?? [];
    expect(variantIds.length).toBeGreaterThan(0);

    // When every variant of the first offer sells out, and then the buyer clicks Add on it
    for (const variantId of variantIds)
      await demo.harness.emulator.control.setInventory({ shop: demo.shop, variantId, quantity: 0 });
    const linesBefore = (await preview.cartLines()).length;
    await first?.button.click();

    // Then it is gone with a short, honest note instead of "try again", and nothing was added
    await preview.block.getByText(`${first?.title ?? ''} is net uitverkocht.`).waitFor({ timeout: 20_000 });
    expect(await preview.block.getByText('Probeer het opnieuw').count()).toBe(0);
    expect(await preview.block.getByText(first?.title ?? '', { exact: true }).count()).toBe(0);
    expect((await preview.cartLines()).length).toBe(linesBefore);
    await page.locator('#block-slot').screenshot({ path: path.join(SCREENSHOTS, 'offer-sold-out.png') });
  });
});
