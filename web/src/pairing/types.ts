import { DEFAULT_SOLVE_BUDGET } from './learned/local-ease.js';
import { DEFAULT_SCORING, type ScoringSettings } from './scoring/types.js';

export const PRODUCT_STATUSES = ['active', 'draft', 'archived'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

export interface SelectedOption {
  readonly name: string;
  readonly value: string;
}

export interface CatalogVariant {
  /** Variant GID (or numeric id). */
  readonly id: string;
  readonly title: string;
  /** Price in minor currency units (cents). */
  readonly priceMinor: number;
  /** In stock, or sellable when out of stock. */
  readonly available: boolean;
  readonly options: readonly SelectedOption[];
}

export interface CatalogProduct {
  /** Product GID (or numeric id). */
  readonly id: string;
  readonly title: string;
  readonly productType: string;
  readonly vendor: string;
  readonly collections: readonly string[];
  readonly status: ProductStatus;
  /** Published to the online store / checkout's sales channel. */
  readonly published: boolean;
  /** In the merchant's order; the first available one is what a cross-sell offers. */
  readonly variants: readonly CatalogVariant[];
}

/** Merchant rules: plain data the admin stores, applied by the pure core. Product ids as in the catalog. */
export interface MerchantRules {
  /** Always first in the product's list, in this order (when sellable). */
  readonly pins?: readonly {
    readonly productId: string;
    readonly offerProductIds: readonly string[];
    /** The variant the merchant chose, by offered product id; offered while available, else the usual variant. */
    readonly variants?: Readonly<Record<string, string>>;
  }[];
  /** Pairings the merchant adds; they follow the pins, ahead of mined offers. */
  readonly manual?: readonly { readonly productId: string; readonly offerProductId: string }[];
  /** Never offered anywhere. */
  readonly excludes?: readonly string[];
  /**
   * Variants never offered anywhere, as a cross-sell or as an upgrade; a cross-sell of their product offers its next
   * available variant instead.
   */
  readonly excludedVariants?: readonly string[];
  /** Never offered with each other, in either direction. */
  readonly neverTogether?: readonly (readonly [string, string])[];
  /** Cross-sell cap for one product's list (overrides the default). */
  readonly maxOffers?: readonly { readonly productId: string; readonly max: number }[];
  /** Tier families, cheapest tier first: the next product is the upgrade. */
  readonly families?: readonly { readonly productIds: readonly string[] }[];
}

/** Engine settings; every field has a default (`DEFAULT_PAIRING_SETTINGS`). */
export interface PairingSettings extends ScoringSettings {
  /** Cross-sells per product list. Default 12. */
  readonly maxOffers: number;
  /**
   * Further partners per list, past `maxOffers`, published as votes only (`t`): never shown from that list, they add
   * to offers other cart products' lists show. Default 48 (lists 60 deep in all): on the groceries validation split
   * HR@10 rose from 40.06 (18) to 40.5 at 28 and held up to 88; the demo shop's did not move. ~20 bytes a vote.
   */
  readonly voteDepth: number;
  /**
   * Weight of pair votes (`x`): what baskets holding two of the cart's products add beyond their two lists (see
   * `pairVotes`). 0 turns them off. Default 0.5, chosen on the groceries validation split (0.25 / 0.5 / 0.75).
   */
  readonly pairVoteWeight: number;
  /**
   * How much of a list's score comes from the learned item-item model (EASE solved over neighbourhoods, see
   * `localEase`) rather than the co-occurrence scorer: 0 is the scorer alone, 1 the learned model alone. Per shop,
   * model selection may publish another value (see `selectModel`).
   */
  readonly learnedWeight: number;
  /** The learned model's ridge strength λ, in baskets. */
  readonly learnedLambda: number;
  /** Whether the learned weights are scaled by the trend (see `trendHalfLifeDays`) as the scorer's scores are. */
  readonly learnedTrend: boolean;
  /**
   * Multiply-adds the learned model's solves may take (see `localEase`): bounds a recompute's time; large catalogs
   * get smaller neighbourhoods.
   */
  readonly learnedBudget: number;
  /** Votes against (`m`) per list: products the blend scores below zero for the anchor, strongest first. */
  readonly againstDepth: number;
  /** Largest upgrade step as a share of the line price (0.35 = +35%). */
  readonly maxUpgradeDelta: number;
  /** At checkout, an offer may cost at most this share of the cart subtotal. Default 0.5. */
  readonly priceCapRatio: number;
  /** Pairs bought together in fewer orders are not used. Default 2. */
  readonly minPairCount: number;
  /**
   * Time decay of orders: weight halves every this many days (0 turns decay off). Default 90: a season's tastes
   * and a catalog's turnover move pairings; on the demo shop's dated orders it lifted HR@3/HR@10 on both a
   * validation and the test split, and anywhere from 45 to 180 days did better than none. Undated orders weigh 1.
   */
  readonly halfLifeDays: number;
  /**
   * The trend: a product's share of the baskets of the last weeks (decay halving every this many days) against its
   * share under `halfLifeDays` scales its score as a partner — P_now(b | a) ≈ P(b | a) · P_now(b) / P(b) when
   * what goes with what holds still but demand moves (seasons, launches, fading lines). 0 turns it off. Default
   * 14: on a validation split of the demo shop's dated orders 7–14 days lifted HR@3/HR@10 by 0.5–1.6 points and
   * stayed within 0.2 of each other on other generated shops, 21–30 gained less; scaling by the ratio^0.5 or
   * ^1.5 did worse. Undated orders: no trend.
   */
  readonly trendHalfLifeDays: number;
  /**
   * Same-type products bought together less often than chance (lift below this) are treated as substitutes and
   * kept out of each other's cross-sells. Default 1 (0 turns detection off).
   */
  readonly substituteMaxLift: number;
}

export const DEFAULT_PAIRING_SETTINGS: PairingSettings = {
  maxOffers: 12,
  voteDepth: 48,
  pairVoteWeight: 0.5,
  learnedWeight: 0.5,
  learnedLambda: 50,
  learnedTrend: true,
  learnedBudget: DEFAULT_SOLVE_BUDGET,
  againstDepth: 20,
  maxUpgradeDelta: 0.35,
  priceCapRatio: 0.5,
  minPairCount: 2,
  halfLifeDays: 90,
  trendHalfLifeDays: 14,
  substituteMaxLift: 1,
  ...DEFAULT_SCORING,
};
