export const LOCALES = ['en', 'nl', 'de', 'nb'] as const;
export type Locale = (typeof LOCALES)[number];

/** Merchant copy overrides per locale: message key → text. Missing keys fall back to the built-in copy. */
export type CopyOverrides = Readonly<Partial<Record<Locale, Readonly<Record<string, string>>>>>;

/** A shop's tunable settings. Percentages are plain numbers (35 = 35%). */
export interface Settings {
  /** Cross-sell offers shown at most in the checkout block. */
  readonly maxOffers: number;
  readonly showUpgrades: boolean;
  /** An upgrade may cost at most this much more than the line it replaces, relative to the line price. */
  readonly upgradeBudgetPct: number;
  /** An offer's price may be at most this share of the cart subtotal. */
  readonly priceCapPct: number;
  /** Share of checkouts held out (shown nothing) to measure lift. */
  readonly holdoutPct: number;
  /** Discount applied to offered items, or null for none. */
  readonly discountPct: number | null;
  /**
   * An offer a buyer dismissed ("No thanks") in this many checkouts is not shown to them again for `dismissDays`
   * days; 0 = off. Counted in the checkout extension's storage on the buyer's device, never on our server.
   */
  readonly dismissLimit: number;
  readonly dismissDays: number;
  /**
   * Offers that know the returning buyer: Tandem writes each customer's recent products (ids, days, counts; no
   * names or addresses) to a customer metafield that checkout reads for the logged-in buyer. Off until the
   * merchant turns it on; turning it off deletes the written profiles.
   */
  readonly personalise: boolean;
  readonly copy: CopyOverrides;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  maxOffers: 3,
  showUpgrades: true,
  upgradeBudgetPct: 35,
  priceCapPct: 50,
  holdoutPct: 10,
  discountPct: null,
  dismissLimit: 2,
  dismissDays: 30,
  personalise: false,
  copy: Object.freeze({}),
});
