/** Entry of the checkout preview page (/preview/checkout). */
import type { Arm } from '@tandem/offer-core';
import { byId, el } from './shared/dom.js';
import { previewApi } from './shared/preview-api.js';
import { BUYERS } from './checkout/buyers.js';
import { clearExtensionStorage } from './checkout/checkout-api.js';
import { renderCartEditor } from './checkout/editor.js';
import { CheckoutPage } from './checkout/page.js';
import { pay, restart } from './checkout/payment.js';

async function main(): Promise<void> {
  const [{ shop }, catalog] = await Promise.all([previewApi.context(), previewApi.catalog()]);
  byId('shop-name').textContent = shop.name;
  const page = new CheckoutPage({ shop, catalog });
  await page.loadConfig();

  const params = new URLSearchParams(location.search);
  const buyer = byId<HTMLSelectElement>('buyer');
  buyer.replaceChildren(...BUYERS.map((option) => el('option', { value: option.id }, option.label)));
  buyer.value = BUYERS.find((option) => option.id === params.get('buyer'))?.id ?? BUYERS[0].id;
  buyer.addEventListener('change', () => void page.setBuyer(buyer.value));
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name=arm]')) {
    radio.checked = radio.value === (params.get('arm') === 'control' ? 'control' : 'treatment');
    radio.addEventListener('change', () => radio.checked && void page.setArm(radio.value as Arm));
  }
  const wallet = byId<HTMLInputElement>('wallet');
  wallet.checked = params.get('wallet') === '1';
  wallet.addEventListener('change', () => page.setWallet(wallet.checked));
  byId('new-checkout').addEventListener('click', () => void restart(page));
  byId('forget-storage').addEventListener('click', () => {
    clearExtensionStorage();
    page.log.add('cart', 'extension storage cleared (dismissals forgotten)');
  });
  byId('pay').addEventListener('click', () => void pay(page));
  renderCartEditor(byId('editor-body'), catalog, {
    add: (variantId, quantity) => void page.addToCart(variantId, quantity),
    useSample: (sample) => void page.sampleCheckout(sample),
  });

  // The pixel runs in its own frame for the whole page, as Shopify loads web pixels once per checkout page.
  byId('pixel-slot').append(el('iframe', { src: '/preview/pixel', title: 'Tandem web pixel', hidden: true }));
  page.configure({
    buyer: buyer.value,
    arm: params.get('arm') === 'control' ? 'control' : 'treatment',
    wallet: wallet.checked,
  });
  await page.sampleCheckout();
  document.body.dataset['ready'] = 'true';
  await listReturningCustomers(page);
}

/**
 * Guest, or one of the shop's returning customers: checkout then hands the extension their profile metafield. The
 * server tries carts per customer to find one where their "Buy again" shows, which can take a while on a large shop,
 * so the checkout is usable as a guest first and the switch fills in after (`data-customers` marks it done).
 */
async function listReturningCustomers(page: CheckoutPage): Promise<void> {
  const { customers } = await previewApi.customers();
  const customer = byId<HTMLSelectElement>('customer');
  customer.replaceChildren(
    el('option', { value: '' }, 'Guest'),
    ...customers.map((option) => el('option', { value: option.id }, option.label)),
  );
  customer.addEventListener(
    'change',
    () => void page.setCustomer(customers.find((option) => option.id === customer.value)),
  );
  document.body.dataset['customers'] = 'ready';
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  byId('notice').replaceChildren(
    el('p', { class: 'notice notice-error' }, `The preview could not start: ${message}`),
  );
});
