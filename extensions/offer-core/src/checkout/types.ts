import type { CrossSellOffer, OfferKind, PublishedOfferList } from '../types.js';

/** Experiment arms: `control` checkouts see nothing, so lift can be measured against them. */
export const ARMS = ['treatment', 'control'] as const;
export type Arm = (typeof ARMS)[number];

/** Where a view renders; each target decides a different slice of the offers. */
export const OFFER_TARGETS = ['block', 'line', 'thank-you'] as const;
export type OfferTarget = (typeof OFFER_TARGETS)[number];

/** How the merchant's "holdout" setting can force an arm while testing. */
export const HOLDOUT_OVERRIDES = ['auto', 'treatment', 'control'] as const;
export type HoldoutOverride = (typeof HOLDOUT_OVERRIDES)[number];

export interface Money {
  readonly amount: number;
  readonly currencyCode: string;
}

export interface LineAttribute {
  readonly key: string;
  readonly value: string;
}

/** A cart line as the core needs it (both API versions map to this). */
export interface CartLineInput {
  readonly id: string;
  readonly merchandiseId: string;
  readonly productId: string;
  /** Product title as checkout shows it (for "Often bought with …"). */
  readonly title: string;
  readonly quantity: number;
  /** Line total in the buyer's currency. */
  readonly totalAmount: number;
  readonly attributes: readonly LineAttribute[];
}

/** The shop metafield `$app:tandem`/`config`, written by the backend. */
export interface ShopConfig {
  readonly version: 1;
  /** Share of checkouts kept as control, in [0, 0.5]. */
  readonly holdoutShare: number;
  /** Salt for the holdout hash; changing it reshuffles arms (a new experiment). */
  readonly salt: string;
  readonly maxOffers: number;
  /** Offer price may be at most this percent of the cart subtotal. */
  readonly priceCapPct: number;
  /** An upgrade may cost at most this percent more than the line's unit price. */
  readonly maxUpgradeDeltaPct: number;
  readonly showUpgrades: boolean;
  /** Show offers in at most this many checkouts per browser per 24 h; 0 = no cap. */
  readonly frequencyCap: number;
  /** An offer the buyer dismissed in this many checkouts is not shown to them again for a while; 0 = off. */
  readonly dismissLimit: number;
  /** How many days after the last dismissal such an offer stays away. */
  readonly dismissDays: number;
  /** Copy overrides: locale ("nl" or "nl-NL") → translation key → text with {{placeholders}}. */
  readonly copy: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** Extension settings merged over the shop config: what the decision actually uses. */
export interface EffectiveSettings {
  readonly heading: string | undefined;
  readonly maxOffers: number;
  readonly showReasons: boolean;
  readonly showUpgrades: boolean;
  readonly showImages: boolean;
  readonly priceCapPct: number;
  readonly maxUpgradeDeltaPct: number;
  readonly holdout: HoldoutOverride;
}

/**
 * Shopify's unit price, set by the merchant for goods sold by measure: `price` per `referenceValue`
 * `referenceUnit` for a variant holding `quantityValue` `quantityUnit` (units as the Storefront enum names them).
 */
export interface ShopifyUnitPrice {
  readonly price: Money;
  readonly quantityValue: number;
  readonly quantityUnit: string;
  readonly referenceValue: number;
  readonly referenceUnit: string;
}

/** An offered variant as the Storefront API reports it in the buyer's country and language. */
export interface OfferVariant {
  readonly id: string;
  readonly productId: string;
  readonly productTitle: string;
  readonly handle: string;
  readonly title: string;
  readonly availableForSale: boolean;
  readonly price: Money;
  readonly compareAtPrice: Money | undefined;
  readonly image: { readonly url: string; readonly altText: string | undefined } | undefined;
  /** Absent when the merchant set no unit price (the good is not sold by measure, as far as Shopify knows). */
  readonly unitPrice?: ShopifyUnitPrice | undefined;
}

/** Translation key + parameters; the view passes them to `i18n.translate` (or a copy override). */
export interface CopyRef {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
  /** Parameters the view must first format with `i18n.formatCurrency`. */
  readonly money: Readonly<Record<string, Money>>;
  /** Parameters the view must first translate: parameter → translation key (a unit such as `unit.kg`). */
  readonly labels?: Readonly<Record<string, string>>;
}

// Attribute arrays are mutable types only so these values fit the checkout API's CartLineChange as-is.
export interface CartLineAdd {
  readonly type: 'addCartLine';
  readonly merchandiseId: string;
  readonly quantity: 1;
  readonly attributes: LineAttribute[];
}

export interface CartLineUpdate {
  readonly type: 'updateCartLine';
  readonly id: string;
  readonly merchandiseId: string;
  readonly quantity: number;
  readonly attributes: LineAttribute[];
}

/** Fields common to everything a view shows for one offer. */
interface ShownOfferBase {
  readonly offerId: string;
  readonly reason: CrossSellOffer['reason'];
  readonly variant: OfferVariant;
  /** What the buyer pays (after the merchant's discount `discountPct`, if any). */
  readonly price: Money;
  /** Struck-through reference price, when there is an honest one. */
  readonly compareAtPrice: Money | undefined;
  readonly discountPct: number | undefined;
  readonly copy: CopyRef;
  /** Set on the editor's sample offer: translate this key instead of showing `variant.productTitle`. */
  readonly titleKey?: string;
}

export interface ShownCrossSell extends ShownOfferBase {
  readonly kind: 'xsell';
  readonly change: CartLineAdd;
}

export interface ShownUpgrade extends ShownOfferBase {
  readonly kind: 'upgrade';
  readonly lineId: string;
  /** Extra cost for the whole line (unit difference × quantity). */
  readonly delta: Money;
  readonly change: CartLineUpdate;
}

export type ShownOffer = ShownCrossSell | ShownUpgrade;

/** Offers a product's metafield holds, keyed by product GID. */
export type OffersByProduct = ReadonlyMap<string, PublishedOfferList>;

export interface CandidateUpgrade {
  readonly lineId: string;
  readonly offer: PublishedOfferList['offers'][number];
}

export interface CandidateCrossSell {
  readonly offer: CrossSellOffer;
  /** Cart product whose list ranked it: names the "goes with X" in the copy. */
  readonly becauseOf: string;
}

/** What can be offered before prices and availability are known; its variant ids go to one Storefront query. */
export interface OfferPlan {
  readonly crossSells: readonly CandidateCrossSell[];
  readonly upgrades: readonly CandidateUpgrade[];
  readonly variantIds: readonly string[];
}

export type { OfferKind };
