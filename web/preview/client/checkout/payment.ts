import { byId, el } from '../shared/dom.js';
import { previewApi } from '../shared/preview-api.js';
import type { CheckoutPage } from './page.js';

/**
 * "Pay now": the order goes to the emulated shop with the checkout token and every line's attributes (so
 * `_tandem` survives), which sends the signed orders/create webhook to the app. Then checkout's
 * `checkout_completed` reaches the pixel (it flushes its batch) and the thank-you page renders its target.
 */
export async function pay(page: CheckoutPage): Promise<void> {
  const session = page.current;
  const button = byId<HTMLButtonElement>('pay');
  if (!session || session.cartLines.length === 0) {
    page.notice('The cart is empty.', 'error');
    return;
  }
  button.disabled = true;
  try {
    const token = session.token;
    const lines = session.cartLines.map(({ variantId, quantity, attributes }) => ({
      variantId,
      quantity,
      attributes,
    }));
    const customerId = session.customerId;
    const { order } = await previewApi.placeOrder({
      checkoutToken: token,
      ...(customerId === undefined ? {} : { customerId }),
      lines,
    });
    page.log.add(
      'order',
      `${order.name} placed (${order.subtotalPrice} ${order.currencyCode}); the shop sends orders/create to the app`,
    );
    page.bus.publish('checkout_completed', { checkout: { token, order: { id: order.id } } });
    page.closeCheckout();
    const slot = el('div', { class: 'block-panel' });
    byId('thank-you').replaceChildren(
      el(
        'h2',
        { 'data-testid': 'order-confirmation', 'data-order-id': order.id },
        `Thank you! Order ${order.name} is confirmed.`,
      ),
      el(
        'p',
        { class: 'subdued' },
        `${lines.length} line${lines.length === 1 ? '' : 's'} · subtotal ${order.subtotalPrice} ${order.currencyCode} (shop currency) · checkout token ${token}`,
      ),
      slot,
      el(
        'button',
        { type: 'button', id: 'new-checkout-after', onclick: () => void restart(page) },
        'Start a new checkout',
      ),
    );
    page.mountThankYou(slot);
    byId('checkout').hidden = true;
    byId('thank-you').hidden = false;
  } catch (error) {
    page.notice(`Payment failed: ${error instanceof Error ? error.message : String(error)}`, 'error');
  } finally {
    button.disabled = false;
  }
}

export async function restart(page: CheckoutPage): Promise<void> {
  page.closeCheckout();
  byId('thank-you').replaceChildren();
  byId('thank-you').hidden = true;
  byId('checkout').hidden = false;
  await page.sampleCheckout();
}
