/**
 * The published offer format: what the backend writes to the product metafield `$app:tandem`/`offers` and
 * what checkout reads back. On the wire keys are one letter, because every product carries one and checkout
 * downloads them; offer-list.ts alone encodes and decodes them, and everything else reads the named fields below.
 * Bump OFFER_LIST_VERSION on any incompatible change (checkout ignores versions it does not know).
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

/**
 * One offer of a list, in memory. On the wire (offer-list.ts, the only place that reads or writes the metafield)
 * each field has a one-letter key: variantId `v`, productId `p`, score `s`, reason `r`, kind `k`, fromVariantId
 * `f`, support `n`, discountPct `d`, sizes `q`.
 */
export interface PublishedOffer {
  /** Offered variant GID. */
  readonly variantId: string;
  /** Offered product GID. */
  readonly productId: string;
  /** Score in [0, 1]; only the order within and across lists matters. */
  readonly score: number;
  readonly reason: ReasonCode;
  readonly kind: OfferKind;
  /** For upgrades: the variant GID of the cart line this upgrades from. */
  readonly fromVariantId?: string;
  /** Supporting count for the reason (e.g. shoppers who bought both). */
  readonly support?: number;
  /** Discount percent the merchant attached (automatic discount), 1–100. */
  readonly discountPct?: number;
  /**
   * For upgrades between measurable sizes: [from amount, to amount, unit], e.g. [250, 1000, 'g'], so checkout
   * can say "€2.10 less per 250 g" from the prices it reads in the buyer's currency.
   */
  readonly sizes?: readonly [number, number, QuantityUnit];
}

/**
 * A cross-sell checkout may show: a published offer, or "buy_again", a due repeat purchase of the logged-in buyer
 * that checkout makes from their profile (published lists never carry it).
 */
export type CrossSellOffer =
  PublishedOffer | (Omit<PublishedOffer, 'reason'> & { readonly reason: 'buy_again' });

/** A cross-sell vote without an offer of its own: [product GID, score on the offers' scale]. */
export type Vote = readonly [string, number];

/** Votes that count only while the first product is in the cart as well: [product GID, votes]. */
export type PairVotes = readonly [string, readonly Vote[]];

/**
 * What a list adds to the merge beyond its offers. Optional, so lists without them stay version 1. Wire keys:
 * partners `t`, pairs `x`, against `m`.
 */
export interface ListVotes {
  /**
   * More of the product's partners past its offers, best first. They are never shown from this list, but add to
   * the score of an offer another cart product's list shows: deeper lists rank a cart's offers better.
   */
  readonly partners?: readonly Vote[];
  /**
   * What baskets holding this product and another one add beyond the two products' own lists (a pair is published
   * on one of its two products only). Checkout adds them when both are in the cart.
   */
  readonly pairs?: readonly PairVotes[];
  /**
   * Votes against: products bought instead of this one (a learned model's negative weights), as magnitudes
   * subtracted from the score of an offer another cart product's list shows. Older checkouts ignore the key.
   */
  readonly against?: readonly Vote[];
}

/** Value of the `$app:tandem`/`offers` product metafield, read (wire: `{ ver, o, t?, x?, m? }`). */
export interface PublishedOfferList extends ListVotes {
  /** Offers ranked best first; cross-sells and upgrades may interleave. */
  readonly offers: readonly PublishedOffer[];
}

/** One cart product's offers and votes, as input to the merge. */
export interface CartProductOffers extends ListVotes {
  readonly productId: string;
  readonly offers: readonly PublishedOffer[];
}
