import { previewApi, type AppMetafieldEntry, type PreviewShop } from '../shared/preview-api.js';
import type { PreviewSignal, Scope } from '../shared/signal.js';
import type { CartChange } from './cart.js';
import type { PreviewI18n } from './i18n.js';

/** A cart line as checkout shows it to extensions (`lines`, `target`). */
export interface CheckoutLine {
  readonly id: string;
  readonly quantity: number;
  readonly merchandise: {
    readonly type: 'variant';
    readonly id: string;
    /** Checkout puts the product title here and the variant title in `subtitle`. */
    readonly title: string;
    readonly subtitle: string;
    readonly image: { readonly url: string } | undefined;
    readonly product: { readonly id: string };
  };
  readonly cost: { readonly totalAmount: { readonly amount: number; readonly currencyCode: string } };
  readonly attributes: readonly { readonly key: string; readonly value: string }[];
}

export interface Instructions {
  readonly lines: {
    readonly canAddCartLine: boolean;
    readonly canUpdateCartLine: boolean;
    readonly canRemoveCartLine: boolean;
  };
}

export type ChangeResult =
  { readonly type: 'success' } | { readonly type: 'error'; readonly message: string };

export const EXTENSION_TARGETS = [
  'purchase.checkout.block.render',
  'purchase.checkout.cart-line-item.render-after',
  'purchase.thank-you.block.render',
] as const;
export type ExtensionTarget = (typeof EXTENSION_TARGETS)[number];

/** What a frame's API reads from and asks of the checkout page. */
export interface CheckoutHostPort {
  readonly shop: PreviewShop;
  readonly lines: PreviewSignal<readonly CheckoutLine[]>;
  readonly appMetafields: PreviewSignal<readonly AppMetafieldEntry[]>;
  readonly settings: PreviewSignal<Readonly<Record<string, unknown>>>;
  readonly instructions: PreviewSignal<Instructions>;
  readonly checkoutToken: PreviewSignal<string>;
  readonly localization: {
    readonly language: PreviewSignal<{ readonly isoCode: string }>;
    readonly country: PreviewSignal<{ readonly isoCode: string }>;
    readonly currency: PreviewSignal<{ readonly isoCode: string }>;
  };
  readonly i18n: PreviewI18n;
  lineSignal(lineId: string): PreviewSignal<CheckoutLine | undefined>;
  applyCartLinesChange(change: CartChange): Promise<ChangeResult>;
  publish(name: string, data: unknown, target: ExtensionTarget): void;
}

const STORAGE_PREFIX = 'tandem-preview:extension-storage:';

/** Checkout's `storage`: persistent per extension on this browser, JSON values. */
const storage = {
  async read(key: string): Promise<unknown> {
    const raw = localStorage.getItem(STORAGE_PREFIX + key);
    return raw === null ? null : (JSON.parse(raw) as unknown);
  },
  async write(key: string, data: unknown): Promise<void> {
    localStorage.setItem(STORAGE_PREFIX + key, JSON.stringify(data));
  },
  async delete(key: string): Promise<void> {
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
export function checkoutApi(
  host: CheckoutHostPort,
  target: ExtensionTarget,
  scope: Scope,
  lineId?: string,
): Record<string, unknown> {
  const { localization } = host;
  return {
    extension: {
      target,
      apiVersion: '2026-07',
      capabilities: ['api_access'],
      editor: undefined,
      version: undefined,
      scriptUrl: '/preview/extensions/checkout-offers.js',
    },
    shop: {
      id: host.shop.id,
      name: host.shop.name,
      myshopifyDomain: host.shop.domain,
      storefrontUrl: `https://${host.shop.domain}`,
    },
    lines: scope.view(host.lines),
    appMetafields: scope.view(host.appMetafields),
    settings: scope.view(host.settings),
    instructions: scope.view(host.instructions),
    checkoutToken: scope.view(host.checkoutToken),
    localization: {
      language: scope.view(localization.language),
      extensionLanguage: scope.view(localization.language),
      country: scope.view(localization.country),
      currency: scope.view(localization.currency),
    },
    i18n: host.i18n,
    ...(lineId === undefined ? {} : { target: scope.view(host.lineSignal(lineId)) }),
    query: (query: string, options: { variables?: Record<string, unknown> } = {}) =>
      previewApi.storefront(query, options.variables ?? {}),
    ...(target === 'purchase.thank-you.block.render'
      ? {}
      : { applyCartLinesChange: (change: CartChange) => host.applyCartLinesChange(change) }),
    analytics: {
      publish: async (name: string, data: unknown) => {
        host.publish(name, data, target);
        return true;
      },
    },
    storage,
    // @shopify/ui-extensions/preact hands over its Signal class; the preview's signals already fit the port.
    setSignals: () => undefined,
  };
}
