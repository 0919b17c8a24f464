import type {
  AppMetafieldEntry,
  CartInstructions,
  CartLine,
  CartLineChange,
  CartLineChangeResult,
  CartLineItemApi,
  CheckoutApi,
  Country,
  Currency,
  Extension,
  ExtensionSettings,
  I18n,
  Language,
  Shop,
  StandardApi,
  Storage,
  SubscribableSignalLike,
} from '@shopify/ui-extensions/checkout';
import { createSignal, type Scope } from './signal.js';

/** The extension targets Tandem renders (shopify.extension.toml). */
export const EXTENSION_TARGETS = [
  'purchase.checkout.block.render',
  'purchase.checkout.cart-line-item.render-after',
  'purchase.thank-you.block.render',
] as const;
export type ExtensionTarget = (typeof EXTENSION_TARGETS)[number];

/**
 * The part of a checkout target's `shopify` API the fake provides, in Shopify's own types (API 2026-07): what the
 * offers read and call, so a change there that the extension would feel breaks the fake's typecheck first.
 */
export type FakeCheckoutApi = Pick<
  StandardApi<ExtensionTarget>,
  'lines' | 'appMetafields' | 'settings' | 'instructions' | 'checkoutToken' | 'i18n' | 'shop' | 'storage'
> & {
  readonly query: (
    query: string,
    options?: { variables?: Record<string, unknown> },
  ) => Promise<{ data?: unknown; errors?: unknown }>;
  readonly extension: Pick<
    Extension<ExtensionTarget>,
    'target' | 'apiVersion' | 'capabilities' | 'editor' | 'version' | 'scriptUrl'
  >;
  readonly localization: Pick<
    StandardApi['localization'],
    'language' | 'extensionLanguage' | 'country' | 'currency'
  >;
  readonly analytics: Pick<StandardApi['analytics'], 'publish'>;
  /** Absent on the thank-you page, as in checkout. */
  readonly applyCartLinesChange?: CheckoutApi['applyCartLinesChange'];
  /** The cart-line target's own line. */
  readonly target?: CartLineItemApi['target'];
  /** API 2026-07's Preact bridge hands over its Signal class; the fake's signals already fit. */
  readonly setSignals: () => void;
};

/** What one checkout holds and does, whoever fakes it (the extension tests' state, the preview's session). */
export interface CheckoutHost {
  readonly shop: Shop;
  readonly lines: SubscribableSignalLike<CartLine[]>;
  readonly appMetafields: SubscribableSignalLike<AppMetafieldEntry[]>;
  readonly settings: SubscribableSignalLike<ExtensionSettings>;
  readonly instructions: SubscribableSignalLike<CartInstructions>;
  readonly checkoutToken: SubscribableSignalLike<string | undefined>;
  readonly localization: {
    readonly language: SubscribableSignalLike<Language>;
    readonly country: SubscribableSignalLike<Country | undefined>;
    readonly currency: SubscribableSignalLike<Currency>;
  };
  readonly i18n: I18n;
  readonly storage: Storage;
  /** Storefront API as checkout's `query` sends it; the answer whole ({data, errors}). */
  query(query: string, variables: Record<string, unknown>): Promise<{ data?: unknown; errors?: unknown }>;
  applyCartLinesChange(change: CartLineChange): Promise<CartLineChangeResult>;
  publish(name: string, data: Record<string, unknown>, target: ExtensionTarget): void;
}

export interface ExtensionFrame {
  readonly target: ExtensionTarget;
  /** The line a cart-line target renders under. */
  readonly line?: SubscribableSignalLike<CartLine>;
  /** Subscriptions go through it, so ending the frame silences it. */
  readonly scope?: Scope;
  /** undefined: a development build (diagnostics reach console.warn); published extensions have one. */
  readonly version?: string;
  /** Rendered in the checkout editor. */
  readonly editor?: boolean;
  readonly scriptUrl?: string;
}

/** The `shopify` global of one extension target, backed by the host checkout. */
export function checkoutApi(host: CheckoutHost, frame: ExtensionFrame): FakeCheckoutApi {
  const view = <T>(signal: SubscribableSignalLike<T>) => (frame.scope ? frame.scope.view(signal) : signal);
  const { localization } = host;
  return {
    extension: {
      target: frame.target,
      apiVersion: '2026-07',
      capabilities: createSignal(['api_access']),
      scriptUrl: frame.scriptUrl ?? '/extensions/checkout-offers.js',
      ...(frame.editor ? { editor: { type: 'checkout' } } : {}),
      ...(frame.version === undefined ? {} : { version: frame.version }),
    },
    shop: host.shop,
    lines: view(host.lines),
    appMetafields: view(host.appMetafields),
    settings: view(host.settings),
    instructions: view(host.instructions),
    checkoutToken: view(host.checkoutToken),
    localization: {
      language: view(localization.language),
      extensionLanguage: view(localization.language),
      country: view(localization.country),
      currency: view(localization.currency),
    },
    i18n: host.i18n,
    ...(frame.line ? { target: view(frame.line) } : {}),
    query: (query, options = {}) => host.query(query, options.variables ?? {}),
    ...(frame.target === 'purchase.thank-you.block.render'
      ? {}
      : { applyCartLinesChange: (change: CartLineChange) => host.applyCartLinesChange(change) }),
    analytics: {
      publish: async (name, data) => {
        host.publish(name, data, frame.target);
        return true;
      },
    },
    storage: host.storage,
    setSignals: () => undefined,
  };
}
