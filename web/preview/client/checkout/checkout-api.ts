import type { CartLine, Storage, SubscribableSignalLike } from '@shopify/ui-extensions/checkout';
import {
  checkoutApi,
  type CheckoutHost,
  type ExtensionTarget,
  type FakeCheckoutApi,
} from '../../../src/dev/checkout-fake/checkout-api.js';
import type { Scope } from '../../../src/dev/checkout-fake/signal.js';

export { EXTENSION_TARGETS, type ExtensionTarget } from '../../../src/dev/checkout-fake/checkout-api.js';

/** What a frame's API reads from and asks of the checkout page: the shared checkout fake's host, per line too. */
export interface CheckoutHostPort extends CheckoutHost {
  lineSignal(lineId: string): SubscribableSignalLike<CartLine>;
}

const STORAGE_PREFIX = 'tandem-preview:extension-storage:';

/** Checkout's `storage`: persistent per extension on this browser, JSON values. */
export const extensionStorage: Storage = {
  read: async <T>(key: string) => {
    const raw = localStorage.getItem(STORAGE_PREFIX + key);
    return raw === null ? null : (JSON.parse(raw) as T);
  },
  async write(key, data: unknown) {
    localStorage.setItem(STORAGE_PREFIX + key, JSON.stringify(data));
  },
  async delete(key) {
    localStorage.removeItem(STORAGE_PREFIX + key);
  },
};

export function clearExtensionStorage(): void {
  for (const key of Object.keys(localStorage))
    if (key.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
}

/**
 * The `shopify` global of one extension frame (API 2026-07), backed by the checkout page. Subscriptions go
 * through `scope`, so removing the frame silences it. The thank-you target gets no cart changes, as in checkout.
 */
export function frameApi(
  host: CheckoutHostPort,
  target: ExtensionTarget,
  scope: Scope,
  lineId?: string,
): FakeCheckoutApi {
  return checkoutApi(host, {
    target,
    scope,
    scriptUrl: '/preview/extensions/checkout-offers.js',
    ...(lineId === undefined ? {} : { line: host.lineSignal(lineId) }),
  });
}
