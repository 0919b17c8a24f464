import type { ReasonCode } from '@tandem/offer-core';
import type { CooccurrenceCounts } from '../mining/types.js';

/** Knobs of the cross-sell score; the defaults were chosen on validation splits, never on test data. */
export interface ScoringSettings {
  /**
   * Pseudo-baskets of prior belief (Bayesian shrinkage): a product seen in few baskets leans on the shop's
   * partner distribution instead of trusting two lucky co-purchases. Default 5. Also how far a group's own
   * distribution is shrunk toward the shop's.
   */
  readonly priorWeight: number;
  /**
   * The same, when the prior is the product's group (product type, else a collection, else the vendor): a
   * group's partners are closer to the product's own than the shop's are, so they earn more pseudo-baskets.
   * Default 20: on validation splits of the groceries and demo orders with their catalogs, 20 beat 5 and 40
   * (HR@3 and HR@10), while without a catalog a weight above 5 on the shop's prior did not help.
   */
  readonly groupPriorWeight: number;
  /** Exponent β of the popularity discount popularity^−β, so best-sellers do not fill every list. Default 0.3. */
  readonly popularityPenalty: number;
  /**
   * Cap on that discount's boost of a less popular product relative to the best-seller. Default 2. Without it,
   * in a catalog of 50,000 a product bought twice would be boosted ~16× and outshout every well-evidenced pair
   * (on the 50k-product validation split the uncapped score fell to the confidence baseline).
   */
  readonly maxDiscount: number;
  /**
   * Pseudo-baskets behind the trend, per product: its ratio is (recent baskets + w) / (expected recent baskets + w),
   * expected at its long-run share, so a product bought twice this week is not "surging". Default 20: 2–20 did
   * alike on the demo shop's validation split, and on other generated shops (other seeds, seasons, a 12-month
   * history) the stronger shrinkage lost least where the trend misled (HR@3 −0.5 there, gains elsewhere).
   */
  readonly trendPriorWeight: number;
}

export const DEFAULT_SCORING: ScoringSettings = {
  priorWeight: 5,
  groupPriorWeight: 20,
  popularityPenalty: 0.3,
  maxDiscount: 2,
  trendPriorWeight: 20,
};

/** A candidate cross-sell for one anchor product, before business filters. */
export interface ScoredCandidate {
  readonly product: number;
  /**
   * Unnormalised score (comparable across anchors). Negative only from a learned model: a product bought instead
   * of the anchor, published as a vote against it.
   */
  readonly raw: number;
  readonly reason: Extract<ReasonCode, 'bought_together' | 'similar' | 'popular'>;
  /** Baskets with both products (bought_together only). */
  readonly together: number;
}

/** A group's partner distribution (product type, collection or vendor) for cold start; sparse top entries. */
export interface GroupPrior {
  /** Weight on the shop-wide prior for products outside `mass`. */
  readonly shopShare: number;
  /** product → extra probability mass from the group's own co-purchases. */
  readonly mass: ReadonlyMap<number, number>;
}

/** What list building asks of a scorer: the mined counts, ranks for ties, and an anchor's scored candidates. */
export interface CandidateScorer {
  readonly counts: CooccurrenceCounts;
  readonly rank: Uint32Array;
  /** Every candidate worth ranking for anchor `a`, in no particular order. */
  candidates(a: number, group: GroupPrior | undefined, popularDepth: number): ScoredCandidate[];
}
