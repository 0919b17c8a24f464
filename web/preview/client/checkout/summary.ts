import { TANDEM_ATTRIBUTE_KEY, parseTandemAttribute } from '@tandem/offer-core';
import { el } from '../shared/dom.js';
import type { CheckoutDiscounts } from '../shared/preview-api.js';
import type { CartLine } from '@shopify/ui-extensions/checkout';
import { discountsByLine, type LineDiscounts } from './discounts.js';
import type { FrameRegistry, MountedFrame } from './frames.js';
import type { CheckoutSession } from './session.js';

interface RenderedLine {
  readonly item: HTMLLIElement;
  readonly frame: MountedFrame;
}

export interface SummaryActions {
  setQuantity(lineId: string, quantity: number): void;
}

/**
 * The order summary: one row per cart line (image, titles, quantity, price in the buyer's currency, a marker on
 * lines an offer added, the shop's automatic discounts on it) with the cart-line extension target rendered under
 * it, then the subtotal after discounts and the savings. Rows and their frames are kept while their line exists, so
 * an upgrade changes the row in place as checkout does.
 */
export class OrderSummary {
  private rows = new Map<string, RenderedLine>();

  constructor(
    private readonly list: HTMLElement,
    private readonly subtotal: HTMLElement,
    private readonly savings: HTMLElement,
    private readonly frames: FrameRegistry,
    private readonly actions: SummaryActions,
  ) {}

  /** `shopDiscounts`: what the shop's automatic discounts took off the cart as last reported (none yet: none). */
  render(session: CheckoutSession, shopDiscounts?: CheckoutDiscounts): void {
    const lines = session.lines.value;
    const discounts = discountsByLine(lines, shopDiscounts);
    for (const [id, row] of this.rows) if (!lines.some((line) => line.id === id)) this.drop(id, row);
    lines.forEach((line, index) => {
      let row = this.rows.get(line.id);
      if (!row) {
        const item = el('li', { class: 'line', 'data-testid': 'cart-line' });
        const slot = el('div', { class: 'line-extension' });
        item.append(el('div', { class: 'line-main' }), slot);
        row = {
          item,
          frame: this.frames.mount(slot, session, 'purchase.checkout.cart-line-item.render-after', line.id),
        };
        this.rows.set(line.id, row);
      }
      this.fill(row.item, line, session, discounts.get(line.id));
      // Taking an iframe out of the document reloads it (a fresh extension, its state gone): a row already in its
      // place stays put, so its frame lives on as checkout's does.
      const at = this.list.children[index];
      if (at !== row.item) this.list.insertBefore(row.item, at ?? null);
    });
    const saved = [...discounts.values()].reduce((sum, line) => sum + line.total, 0);
    const total = lines.reduce((sum, line) => sum + line.cost.totalAmount.amount, 0) - saved;
    this.subtotal.textContent = session.i18n.formatCurrency(total);
    this.subtotal.dataset['amount'] = total.toFixed(2);
    this.savings.textContent = session.i18n.formatCurrency(saved);
    this.savings.dataset['amount'] = saved.toFixed(2);
    (this.savings.parentElement as HTMLElement).hidden = saved === 0;
  }

  clear(): void {
    for (const [id, row] of this.rows) this.drop(id, row);
  }

  private drop(id: string, row: RenderedLine): void {
    row.frame.dispose();
    row.item.remove();
    this.rows.delete(id);
  }

  private fill(
    item: HTMLLIElement,
    line: CartLine,
    session: CheckoutSession,
    discounts: LineDiscounts | undefined,
  ): void {
    const money = (amount: number) =>
      session.i18n.formatCurrency(amount, { currency: line.cost.totalAmount.currencyCode });
    Object.assign(item.dataset, {
      lineId: line.id,
      variantId: line.merchandise.id,
      quantity: String(line.quantity),
    });
    const attribute = line.attributes.find(({ key }) => key === TANDEM_ATTRIBUTE_KEY);
    const parsed = attribute && parseTandemAttribute(attribute.value);
    const via =
      parsed?.kind === 'offer'
        ? `via Tandem ${parsed.offerKind === 'upgrade' ? 'upgrade' : 'offer'} ${parsed.offerId}`
        : attribute
          ? 'Tandem attribute (unreadable)'
          : undefined;
    const main = item.querySelector('.line-main') as HTMLElement;
    main.replaceChildren(
      line.merchandise.image
        ? el('img', { src: line.merchandise.image.url, alt: '', width: 56, height: 56 })
        : el('span', { class: 'no-image' }),
      el(
        'div',
        { class: 'line-text' },
        el('strong', { 'data-testid': 'line-title' }, line.merchandise.title),
        el('span', { class: 'subdued', 'data-testid': 'line-subtitle' }, line.merchandise.subtitle ?? ''),
        via ? el('span', { class: 'via', 'data-testid': 'line-via' }, via) : null,
        ...(discounts?.discounts ?? []).map(({ title, amount }) =>
          el(
            'span',
            { class: 'line-discount', 'data-testid': 'line-discount' },
            `${title} (−${money(amount)})`,
          ),
        ),
      ),
      el(
        'div',
        { class: 'quantity' },
        el(
          'button',
          {
            type: 'button',
            'aria-label': `One less ${line.merchandise.title}`,
            onclick: () => this.actions.setQuantity(line.id, line.quantity - 1),
          },
          '−',
        ),
        el('span', { 'data-testid': 'line-quantity' }, line.quantity),
        el(
          'button',
          {
            type: 'button',
            'aria-label': `One more ${line.merchandise.title}`,
            onclick: () => this.actions.setQuantity(line.id, line.quantity + 1),
          },
          '+',
        ),
      ),
      el(
        'span',
        { class: 'prices' },
        el(
          'span',
          {
            class: discounts ? 'price was' : 'price',
            'data-testid': 'line-price',
            'data-amount': line.cost.totalAmount.amount.toFixed(2),
          },
          money(line.cost.totalAmount.amount),
        ),
        discounts
          ? el(
              'span',
              {
                class: 'price',
                'data-testid': 'line-discounted',
                'data-amount': (line.cost.totalAmount.amount - discounts.total).toFixed(2),
              },
              money(line.cost.totalAmount.amount - discounts.total),
            )
          : null,
      ),
    );
  }
}
