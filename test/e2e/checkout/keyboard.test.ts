// Issue 24, point 8: a keyboard buyer adds an offer, upgrades a line and dismisses the block in the checkout preview (the deployable
// extension in its frame). Focus stays on the button pressed, the outcome is announced in a status live region, and
// axe still finds nothing serious or critical.
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import type { FrameLocator } from 'playwright-core';
import { axeViolations } from '../../support/axe.js';
import { openPublishedPreview, type PublishedPreview } from './published-preview.js';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../screenshots');

/** The focused control inside the frame (the s-button host; its inner <button> holds focus in the shadow root). */
async function focused(frame: FrameLocator): Promise<{ text: string; name: string | null } | null> {
  return frame.locator('body').evaluate(() => {
    const host = document.activeElement;
    const inner = host?.shadowRoot?.activeElement;
    if (!host || host === document.body) return null;
    return { text: host.textContent?.trim() ?? '', name: inner?.getAttribute('aria-label') ?? null };
  });
}

const announced = (frame: FrameLocator) => frame.locator('[role=status]').first().innerText();

describe('keyboard use of the checkout offers', () => {
  let session: PublishedPreview | undefined;
  afterEach(async () => {
    await session?.close();
  });

  it('keeps focus on the button pressed and announces the add, the upgrade and the dismissal', async () => {
    // Given a Dutch buyer's checkout showing offers
    session = await openPublishedPreview();
    const { page, preview } = session;
    const [first] = await preview.offers();
    const title = first?.title ?? '';
    const linesBefore = (await preview.cartLines()).length;

    // When the buyer tabs from the block's heading to the first Add and presses Enter
    await preview.block.locator('s-heading').click();
    await page.keyboard.press('Tab');
    expect(await focused(preview.block)).toEqual({
      text: 'Toevoegen',
      name: `${title} toevoegen aan je bestelling`,
    });
    await page.keyboard.press('Enter');

    // Then the offer is added, focus is still on the same button, now "Toegevoegd", named after the offer
    await preview.waitForCart((lines) => lines.length === linesBefore + 1);
    await preview.block.getByText('Toegevoegd', { exact: true }).waitFor();
    const done = `Toegevoegd: ${title} zit in je bestelling`;
    expect(await focused(preview.block)).toEqual({ text: 'Toegevoegd', name: done });
    // And the status live region says what happened, for screen readers only
    expect(await announced(preview.block)).toBe(done);
    await page
      .locator('#block-slot')
      .screenshot({ path: path.join(SCREENSHOTS, 'offer-added-by-keyboard.png') });
    expect(await axeViolations(page)).toEqual([]);

    // When the buyer tabs to the first line's Upgraden and presses Enter
    const [anchor] = await preview.cartLines();
    const line = preview.lineFrame(anchor?.lineId ?? '');
    await line.locator('s-text').first().click();
    await page.keyboard.press('Tab');
    const upgrade = await focused(line);
    expect(upgrade?.text).toBe('Upgraden');
    const variant = /^Upgraden naar (.+)$/.exec(upgrade?.name ?? '')?.[1] ?? '';
    expect(variant).not.toBe('');
    await page.keyboard.press('Enter');

    // Then the line is upgraded in place, focus is still on its button, now "Geüpgraded", and it is announced
    await preview.waitForCart(
      (lines) => lines.find((l) => l.lineId === anchor?.lineId)?.variantId !== anchor?.variantId,
    );
    await line.getByText('Geüpgraded', { exact: true }).waitFor();
    expect(await focused(line)).toEqual({ text: 'Geüpgraded', name: `Geüpgraded naar ${variant}` });
    expect(await announced(line)).toBe(`Geüpgraded naar ${variant}`);

    // When the buyer goes back to the block, tabs on to "Nee, bedankt" and presses Enter
    await preview.block.locator('s-heading').click();
    for (let tab = 0; tab < 6; tab += 1) {
      const now = await focused(preview.block);
      if (now?.text === 'Nee, bedankt') break;
      await page.keyboard.press('Tab');
    }
    expect((await focused(preview.block))?.text).toBe('Nee, bedankt');
    await page.keyboard.press('Enter');

    // Then the offers go and the same live region, still on the page, says so
    await preview.block.getByText('Aanbiedingen verborgen voor deze bestelling.').waitFor();
    expect(await preview.block.locator('s-button').count()).toBe(0);
    expect(await announced(preview.block)).toBe('Aanbiedingen verborgen voor deze bestelling.');
    expect(await axeViolations(page)).toEqual([]);
  });
});
