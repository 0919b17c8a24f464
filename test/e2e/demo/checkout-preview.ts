// Reads and drives the checkout preview page (web/preview) as a buyer would: the cart, the block, the line prompts.
import type { FrameLocator, Locator, Page } from 'playwright-core';

export interface CartLineView {
  readonly lineId: string;
  readonly variantId: string;
  readonly quantity: number;
  readonly title: string;
  readonly price: string;
  /** Line total in the buyer's currency, as a decimal. */
  readonly amount: number;
  /** The marker the preview shows on lines an offer added or changed ("via Tandem offer …"). */
  readonly via: string | null;
}

export interface OfferView {
  readonly title: string;
  readonly price: string;
  readonly button: Locator;
}

export class CheckoutPreview {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
  }

  get block(): FrameLocator {
    return this.page.frameLocator('iframe[data-target="purchase.checkout.block.render"]');
  }

  lineFrame(lineId: string): FrameLocator {
    return this.page.frameLocator(
      `iframe[data-target="purchase.checkout.cart-line-item.render-after"][data-line-id="${lineId}"]`,
    );
  }

  async cartLines(): Promise<CartLineView[]> {
    return this.page.locator('[data-testid=cart-line]').evaluateAll((items) =>
      items.map((item) => {
        const element = item as HTMLElement;
        const text = (selector: string) => element.querySelector(selector)?.textContent?.trim() ?? null;
        return {
          lineId: element.dataset['lineId'] ?? '',
          variantId: element.dataset['variantId'] ?? '',
          quantity: Number(element.dataset['quantity']),
          title: text('[data-testid=line-title]') ?? '',
          price: text('[data-testid=line-price]') ?? '',
          amount: Number(element.querySelector<HTMLElement>('[data-testid=line-price]')?.dataset['amount']),
          via: text('[data-testid=line-via]'),
        };
      }),
    );
  }

  /** Waits until the cart satisfies `until` and returns it. */
  async waitForCart(
    until: (lines: readonly CartLineView[]) => boolean,
    timeoutMs = 15_000,
  ): Promise<CartLineView[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const lines = await this.cartLines();
      if (until(lines)) return lines;
      if (Date.now() > deadline)
        throw new Error(`cart never reached the expected state; last: ${JSON.stringify(lines)}`);
      await this.page.waitForTimeout(100);
    }
  }

  /** The block's offer rows once it has loaded (heading shown, skeleton gone). */
  async offers(): Promise<OfferView[]> {
    await this.block.locator('s-heading').waitFor({ timeout: 20_000 });
    const rows = this.block.locator('s-grid:has(s-button)');
    const views: OfferView[] = [];
    for (let index = 0; index < (await rows.count()); index += 1) {
      const row = rows.nth(index);
      views.push({
        title: (await row.locator('s-text[type=strong]').first().textContent())?.trim() ?? '',
        price: (await row.locator('s-stack[direction=inline] > s-text').first().textContent())?.trim() ?? '',
        button: row.locator('s-button'),
      });
    }
    return views;
  }

  /** The page's event log, newest first: analytics events with their data, pixel deliveries, orders. */
  async events(): Promise<{ readonly kind: string; readonly text: string; readonly detail: unknown }[]> {
    return this.page.locator('#events li').evaluateAll((items) =>
      items.map((item) => {
        const code = item.querySelector('code')?.textContent;
        const clone = item.cloneNode(true) as HTMLElement;
        clone.querySelectorAll('time, b, code').forEach((part) => part.remove());
        return {
          kind: (item as HTMLElement).dataset['kind'] ?? '',
          text: clone.textContent?.trim() ?? '',
          detail: code ? (JSON.parse(code) as unknown) : null,
        };
      }),
    );
  }

  async checkoutToken(): Promise<string> {
    return this.page.locator('#token').innerText();
  }
}
