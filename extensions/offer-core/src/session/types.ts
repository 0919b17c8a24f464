import type { AppMetafieldEntryLike } from '../checkout/app-metafields.js';
import type {
  CartLineAdd,
  CartLineInput,
  CartLineUpdate,
  EffectiveSettings,
  ShownOffer,
} from '../checkout/types.js';

/** Everything the session reads from checkout at one moment. */
export interface CheckoutSnapshot {
  readonly lines: readonly CartLineInput[];
  readonly appMetafields: readonly AppMetafieldEntryLike[];
  readonly settings: Readonly<Record<string, unknown>>;
  /** BCP 47, e.g. "nb-NO". */
  readonly language: string;
  readonly country: string | undefined;
  readonly currencyCode: string;
  readonly checkoutToken: string | undefined;
  readonly canAddCartLine: boolean;
  readonly canUpdateCartLine: boolean;
  readonly editor: boolean;
  /** The line target's own line id. */
  readonly lineId: string | undefined;
  /** The shop's myshopify domain: a buyer profile of another shop is not used. */
  readonly shop: string | undefined;
  /** Today as `dayNumber`: a buyer profile's days since purchase are counted to it. */
  readonly today: number;
}

export type CartLineChangeResult =
  { readonly type: 'success' } | { readonly type: 'error'; readonly message: string };

/**
 * The session's only door to checkout: a view adapts its API version to this, tests fake it. All I/O
 * (Storefront query, cart change, analytics, storage) goes through here.
 */
export interface CheckoutPort {
  snapshot(): CheckoutSnapshot;
  /** Calls back on any change that could change the decision; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
  query(
    document: string,
    variables: Readonly<Record<string, unknown>>,
  ): Promise<{ readonly data?: unknown; readonly errors?: unknown }>;
  applyCartLinesChange(change: CartLineAdd | CartLineUpdate): Promise<CartLineChangeResult>;
  publish(name: string, data: Readonly<Record<string, unknown>>): Promise<unknown>;
  readStorage(key: string): Promise<unknown>;
  writeStorage(key: string, value: unknown): Promise<void>;
  now(): number;
  /** Development diagnostics (malformed metafields); a no-op in production. */
  warn(message: string): void;
}

export const OFFER_STATUSES = ['idle', 'adding', 'added', 'error'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export interface ReadyState {
  readonly phase: 'ready';
  readonly offers: readonly ShownOffer[];
  readonly statuses: Readonly<Record<string, OfferStatus>>;
  readonly settings: EffectiveSettings;
  /** Copy overrides from the shop config (locale → key → text). */
  readonly copy: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly editor: boolean;
  /** A product whose add failed because it had just sold out: the block says so once it is gone. */
  readonly soldOut?: string;
  /** The offer the buyer acted on last: its outcome is what the block's live region announces. */
  readonly lastAccepted?: string;
}

/**
 * Loading shows a skeleton with as many rows as will probably be shown, so nothing shifts when prices arrive.
 * Dismissed ("No thanks" in this view) leaves a short note in a live region, so the change is announced.
 */
export type SessionState =
  | { readonly phase: 'loading'; readonly rows: number }
  | { readonly phase: 'hidden' }
  | { readonly phase: 'dismissed' }
  | ReadyState;
