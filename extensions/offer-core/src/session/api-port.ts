import type { AppMetafieldEntryLike } from '../checkout/app-metafields.js';
import type { CartLineAdd, CartLineInput, CartLineUpdate } from '../checkout/types.js';
import type { CartLineChangeResult, CheckoutPort, CheckoutSnapshot } from './types.js';
import { dayNumber } from '../profile/profile.js';

/**
 * A checkout signal in either API version: 2026-07 signals have `value` (and a deprecated `current`),
 * 2025-07 remote subscribables only `current`. Both have `subscribe`.
 */
export interface SignalLike<T> {
  readonly value?: T;
  readonly current?: T;
  subscribe(listener: (value: T) => void): () => void;
}

interface CartLineLike {
  readonly id: string;
  readonly quantity: number;
  readonly merchandise: {
    readonly id: string;
    readonly title: string;
    readonly product: { readonly id: string };
  };
  readonly cost: { readonly totalAmount: { readonly amount: number } };
  readonly attributes: readonly { readonly key: string; readonly value: string }[];
}

/** The slice of the checkout extension API the offers use, typed structurally so both versions fit. */
export interface CheckoutApiLike {
  readonly lines: SignalLike<readonly CartLineLike[]>;
  readonly appMetafields: SignalLike<readonly AppMetafieldEntryLike[]>;
  readonly settings: SignalLike<Readonly<Record<string, unknown>>>;
  readonly instructions: SignalLike<{
    readonly lines: { readonly canAddCartLine: boolean; readonly canUpdateCartLine: boolean };
  }>;
  readonly checkoutToken: SignalLike<string | undefined>;
  readonly localization: {
    readonly language: SignalLike<{ readonly isoCode: string }>;
    readonly country: SignalLike<{ readonly isoCode: string } | undefined>;
    readonly currency: SignalLike<{ readonly isoCode: string }>;
  };
  readonly extension: { readonly editor?: unknown; readonly version?: string | undefined };
  readonly query: (
    query: string,
    options?: { variables?: Record<string, unknown> },
  ) => Promise<{ data?: unknown; errors?: unknown }>;
  readonly analytics: { publish(name: string, data: Record<string, unknown>): Promise<unknown> };
  readonly storage: { read(key: string): Promise<unknown>; write(key: string, data: unknown): Promise<void> };
  /** Absent on the thank-you page. */
  readonly applyCartLinesChange?: (change: CartLineAdd | CartLineUpdate) => Promise<CartLineChangeResult>;
  /** The cart-line target's own line. */
  readonly target?: SignalLike<CartLineLike>;
  readonly shop?: { readonly myshopifyDomain: string };
}

export function read<T>(signal: SignalLike<T>): T {
  return (signal.value !== undefined ? signal.value : signal.current) as T;
}

function toLine(line: CartLineLike): CartLineInput {
  return {
    id: line.id,
    merchandiseId: line.merchandise.id,
    productId: line.merchandise.product.id,
    title: line.merchandise.title,
    quantity: line.quantity,
    totalAmount: line.cost.totalAmount.amount,
    attributes: line.attributes.map(({ key, value }) => ({ key, value })),
  };
}

function snapshotOf(api: CheckoutApiLike, now: () => number): CheckoutSnapshot {
  const instructions = read(api.instructions);
  return {
    lines: (read(api.lines) ?? []).map(toLine),
    appMetafields: read(api.appMetafields) ?? [],
    settings: read(api.settings) ?? {},
    language: read(api.localization.language)?.isoCode ?? 'en',
    country: read(api.localization.country)?.isoCode,
    currencyCode: read(api.localization.currency)?.isoCode ?? 'USD',
    checkoutToken: read(api.checkoutToken),
    canAddCartLine: instructions?.lines.canAddCartLine ?? false,
    canUpdateCartLine: instructions?.lines.canUpdateCartLine ?? false,
    editor: api.extension.editor !== undefined && api.extension.editor !== null,
    lineId: api.target ? read(api.target)?.id : undefined,
    shop: api.shop?.myshopifyDomain,
    today: dayNumber(now()),
  };
}

export interface ApiPortOptions {
  /** Where development diagnostics go (the views pass `console.warn`). */
  readonly warn: (message: string) => void;
  readonly now?: () => number;
}

/**
 * Adapts a view's extension API to the session's port. Diagnostics are passed on only for unpublished
 * (development) extensions, whose `extension.version` is undefined.
 */
export function createApiPort(api: CheckoutApiLike, options: ApiPortOptions): CheckoutPort {
  const signals = [
    api.lines,
    api.appMetafields,
    api.settings,
    api.instructions,
    api.checkoutToken,
    ...(api.target ? [api.target] : []),
  ];
  return {
    snapshot: () => snapshotOf(api, options.now ?? Date.now),
    subscribe(listener) {
      const stops = signals.map((signal) => signal.subscribe(() => listener()));
      return () => stops.forEach((stop) => stop());
    },
    query: (document, variables) => api.query(document, { variables: { ...variables } }),
    applyCartLinesChange: (change) =>
      api.applyCartLinesChange
        ? api.applyCartLinesChange(change)
        : Promise.resolve({ type: 'error', message: 'cart changes unavailable here' }),
    publish: (name, data) => api.analytics.publish(name, { ...data }),
    readStorage: (key) => api.storage.read(key),
    writeStorage: (key, value) => api.storage.write(key, value),
    now: options.now ?? Date.now,
    warn(message) {
      if (api.extension.version === undefined) options.warn(message);
    },
  };
}
