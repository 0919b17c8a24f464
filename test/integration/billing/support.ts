import { armForCheckout, encodeTandemAttribute } from '@tandem/offer-core';
import type { ShopSeed } from '@tandem/emulator';
import type { BillingChangeResponse, BillingResponse } from '@tandem/web/api-contract/index';
import { HARNESS_APP, type AppHarness } from '../../support/app-harness.js';
import { signedWebhookHeaders } from '../../support/webhooks.js';

/** Plans small enough to walk through in a test: 1 free order, Growth with 1 included, 0.50 an order, cap 1.00. */
export const TEST_PLANS = {
  BILLING_FREE_ORDERS: '1',
  BILLING_GROWTH_PRICE: '29.00',
  BILLING_GROWTH_INCLUDED_ORDERS: '1',
  BILLING_GROWTH_PER_ORDER: '0.50',
  BILLING_GROWTH_CAP: '1.00',
  BILLING_TRIAL_DAYS: '0',
} as const;

export const HOLDOUT_PCT = 50;

/** The Plan page's API calls; `fixedToken` when the emulated clock is moved (its fresh tokens would be from the future). */
export function billingClient(h: AppHarness, shop: string, fixedToken?: string) {
  const token = async () =>
    fixedToken ?? (await h.emulator.control.sessionToken({ shop, clientId: HARNESS_APP.clientId })).token;
  const call = async <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${h.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${await token()}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (response.status !== 200)
      throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  };
  return {
    view: () => call<BillingResponse>('GET', '/api/billing'),
    subscribe: (cappedAmount?: string) =>
      call<BillingChangeResponse>(
        'POST',
        '/api/billing/subscribe',
        cappedAmount === undefined ? {} : { cappedAmount },
      ),
    cancel: () => call<BillingChangeResponse>('POST', '/api/billing/cancel'),
  };
}

/** The merchant's answer on the emulated confirmation page (a real form post); returns where it sent them. */
export async function decide(confirmationUrl: string, decision: 'approve' | 'decline') {
  const page = await fetch(confirmationUrl);
  const html = await page.text();
  if (page.status !== 200 || !html.includes('name="decision"'))
    throw new Error(`confirmation page answered ${page.status}: ${html.slice(0, 200)}`);
  const response = await fetch(confirmationUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: `decision=${decision}`,
    redirect: 'manual',
  });
  return { status: response.status, location: response.headers.get('location'), body: await response.text() };
}

/** A checkout token the shop's holdout puts in `arm`. */
export function tokenIn(shop: string, arm: 'treatment' | 'control', seed: string): string {
  for (let i = 0; ; i += 1) {
    const token = `${seed}-${i}`;
    if (armForCheckout(token, { holdoutShare: HOLDOUT_PCT / 100, salt: shop }) === arm) return token;
  }
}

/** Places an order whose second line came from a cross-sell offer shown in `arm` (a signed orders/create follows). */
export async function placeOfferOrder(
  h: AppHarness,
  seed: ShopSeed,
  arm: 'treatment' | 'control',
  name: string,
) {
  const [first, second] = seed.products.flatMap((product) => product.variants);
  if (!first || !second) throw new Error('the seed needs two variants');
  return h.emulator.control.createOrder({
    shop: seed.shop.domain,
    checkoutToken: tokenIn(seed.shop.domain, arm, name),
    lines: [
      { variantId: first.id, quantity: 1 },
      {
        variantId: second.id,
        quantity: 1,
        customAttributes: [
          {
            key: '_tandem',
            value: encodeTandemAttribute({
              offerKind: 'xsell',
              arm,
              offerId: `${first.productId.split('/').pop()}-${second.id.split('/').pop()}`,
            }),
          },
        ],
      },
    ],
  });
}

/** Shopify delivering the same orders/create again (its retry, or a duplicate under a new webhook id). */
export async function redeliver(h: AppHarness, shop: string, body: unknown): Promise<void> {
  const text = JSON.stringify(body);
  const response = await fetch(`${h.url}/webhooks`, {
    method: 'POST',
    headers: signedWebhookHeaders(text, { topic: 'orders/create', shop, secret: HARNESS_APP.clientSecret }),
    body: text,
  });
  if (response.status !== 200) throw new Error(`redelivery answered ${response.status}`);
}
