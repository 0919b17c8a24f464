import { expect } from '@jest/globals';
import type { EmulatedOrder } from '@tandem/emulator';
import type { AppHarness } from '../../../support/app-harness.js';
import type { SimCheckout } from './simulation.js';

/** Polls `check` every 50 ms until it holds; fails naming `what` after `timeoutMs`. */
export async function until(check: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Shopify reports the checkout (a signed checkouts/create from the emulator) and the buyer's pixel posts its events
 * (text/plain, as sendBeacon does).
 */
export async function reportCheckout(h: AppHarness, shop: string, checkout: SimCheckout): Promise<void> {
  await h.emulator.control.checkout({
    shop,
    token: checkout.token,
    at: new Date(checkout.at).toISOString(),
    lines: checkout.cart.map((line) => ({ variantId: line.variant.id, quantity: line.quantity })),
  });
  const response = await fetch(`${h.url}/api/events`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain' },
    body: JSON.stringify({ shop, events: checkout.events }),
  });
  expect(response.status).toBe(200);
}

/** The checkout becomes an order `afterMs` later, its offer lines tagged `_tandem` as the extension tags them. */
export function placeOrder(
  h: AppHarness,
  shop: string,
  checkout: SimCheckout,
  afterMs: number,
): Promise<EmulatedOrder> {
  return h.emulator.control.createOrder({
    shop,
    checkoutToken: checkout.token,
    createdAt: new Date(checkout.at + afterMs).toISOString(),
    lines: (checkout.lines ?? []).map((line) => ({
      variantId: line.variant.id,
      quantity: line.quantity,
      customAttributes: line.attribute === null ? [] : [{ key: '_tandem', value: line.attribute }],
    })),
  });
}
