/**
 * The published offer format: what the backend writes to the product metafield `$app:tandem`/`offers` and
 * what checkout reads back. Keys are short because every product carries one and checkout downloads them;
 * bump OFFER_LIST_VERSION on any incompatible change (checkout ignores versions it does not know).
 */
export const OFFER_LIST_VERSION = 1;

export const OFFER_KINDS = ['xsell', 'upgrade'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

/**
 * Why an offer is shown; checkout turns the code into translated copy.
 * bought_together: co-purchased by `n` shoppers · similar: same product type/collection bought together (cold start)
 * popular: shop best-seller (cold start) · merchant: merchant's pin or manual pairing · next_tier: next variant up
 * along the product's tier option · family_tier: next product up in a tier family.
 */
export const REASON_CODES = [
  'bought_together',
  'similar',
  'popular',
  'merchant',
  'next_tier',
  'family_tier',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Base units of a measurable size (grams, millilitres, pieces, gigabytes). */
export const QUANTITY_UNITS = ['g', 'ml', 'pc', 'gb'] as const;
export type QuantityUnit = (typeof QUANTITY_UNITS)[number];

export interface PublishedOffer {
  /** Offered variant GID. */
  readonly v: string;
  /** Offered product GID. */
  readonly p: string;
  /** Score in [0, 1]; only the order within and across lists matters. */
  readonly s: number;
  readonly r: ReasonCode;
  readonly k: OfferKind;
  /** For upgrades: the variant GID of the cart line this upgrades from. */
  readonly f?: string;
  /** Supporting count for the reason (e.g. shoppers who bought both). */
  readonly n?: number;
  /** Discount percent the merchant attached (automatic discount), 1–100. */
  readonly d?: number;
  /**
   * For upgrades between measurable sizes: [from amount, to amount, unit], e.g. [250, 1000, 'g'], so checkout
   * can say "€2.10 less per 250 g" from the prices it reads in the buyer's currency.
   */
  readonly q?: readonly [number, number, QuantityUnit];
}

/**
 * A cross-sell checkout may show: a published offer, or "buy_again", a due repeat purchase of the logged-in buyer
 * that checkout makes from their profile (published lists never carry it).
 */
export type CrossSellOffer = PublishedOffer | (Omit<PublishedOffer, 'r'> & { readonly r: 'buy_again' });

/** A cross-sell vote without an offer of its own: [product GID, score on the offers' scale]. */
export type Vote = readonly [string, number];

/** Votes that count only while the first product is in the cart as well: [product GID, votes]. */
export type PairVotes = readonly [string, readonly Vote[]];

/** What a list adds to the merge beyond its offers. Optional, so lists without them stay version 1. */
export interface ListVotes {
  /**
   * More of the product's partners past its offers, best first. They are never shown from this list, but add to
   * the score of an offer another cart product's list shows: deeper lists rank a cart's offers better.
   */
  readonly t?: readonly Vote[];
  /**
   * What baskets holding this product and another one add beyond the two products' own lists (a pair is published
   * on one of its two products only). Checkout adds them when both are in the cart.
   */
  readonly x?: readonly PairVotes[];
  /**
   * Votes against: products bought instead of this one (a learned model's negative weights), as magnitudes
   * subtracted from the score of an offer another cart product's list shows. Older checkouts ignore the key.
   */
  readonly m?: readonly Vote[];
}

/** Value of the `$app:tandem`/`offers` product metafield. */
export interface PublishedOfferList extends ListVotes {
  readonly ver: typeof OFFER_LIST_VERSION;
  /** Offers ranked best first; cross-sells and upgrades may interleave. */
  readonly o: readonly PublishedOffer[];
}

/** One cart product's offers and votes, as input to the merge. */
export interface CartProductOffers extends ListVotes {
  readonly productId: string;
  readonly offers: readonly PublishedOffer[];
}
