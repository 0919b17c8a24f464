import * as z from 'zod/mini';
import { cursorSchema, limitSchema } from './common.js';
import type { RuleView } from './rules.js';

export const productSearchQuerySchema = z.strictObject(
  {
    q: z._default(
      z.string('must be text').check(z.trim(), z.maxLength(100, 'must be at most 100 characters')),
      '',
    ),
    after: cursorSchema,
    limit: limitSchema(50, 20),
  },
  'unknown query parameter',
);
export type ProductSearchQuery = z.input<typeof productSearchQuerySchema>;

export interface ProductSummary {
  readonly id: string;
  readonly title: string;
  readonly productType: string;
  readonly vendor: string;
  readonly status: 'ACTIVE' | 'DRAFT' | 'ARCHIVED';
  readonly imageUrl: string | null;
  /** Cheapest and dearest variant, minor units of the shop currency. */
  readonly minPriceMinor: number;
  readonly maxPriceMinor: number;
  readonly variantCount: number;
}

export interface VariantView {
  readonly id: string;
  readonly title: string;
  readonly priceMinor: number;
  readonly availableForSale: boolean;
}

/** Whether checkout shows the product's current list: published unchanged, or changed and waiting to be written. */
export type PublishStatus =
  | { readonly kind: 'live'; readonly since: string }
  | { readonly kind: 'queued'; readonly computedAt: string }
  | { readonly kind: 'none' };

export const OFFER_REASONS = [
  'bought_together',
  'similar',
  'popular',
  'merchant',
  'next_tier',
  'family_tier',
] as const;
export type OfferReason = (typeof OFFER_REASONS)[number];

/** One entry of a product's published list, resolved against the catalog. */
export interface OfferRow {
  /** 1-based position within its kind (cross-sells and upgrades are ranked separately). */
  readonly rank: number;
  readonly kind: 'xsell' | 'upgrade';
  readonly score: number;
  readonly reason: OfferReason;
  /** Shoppers who bought both, for `bought_together`. */
  readonly supportCount: number | null;
  readonly productId: string;
  readonly variantId: string;
  /** Null when the offered product has left the catalog since the list was computed. */
  readonly productTitle: string | null;
  readonly variantTitle: string | null;
  readonly imageUrl: string | null;
  readonly priceMinor: number | null;
  /** Upgrades: the variant a cart line upgrades from, and the price step in percent of its price. */
  readonly fromVariantTitle: string | null;
  readonly stepPct: number | null;
  readonly discountPct: number | null;
  /** The rule that put it there, when the merchant pinned or added it. */
  readonly ruleId: string | null;
}

export interface ProductDetail {
  readonly product: ProductSummary;
  readonly variants: readonly VariantView[];
  /** Null when Shopify could not be asked (amounts are then shown without a currency). */
  readonly currencyCode: string | null;
  readonly offers: readonly OfferRow[];
  readonly publish: PublishStatus;
  readonly republish: RepublishState;
  readonly rules: readonly RuleView[];
}

/** The shop's republish after a merchant change (rules, families, discounts): what the Offers page waits for. */
export type RepublishState =
  | { readonly kind: 'idle'; readonly lastRunAt: string | null }
  | { readonly kind: 'queued'; readonly since: string }
  | { readonly kind: 'running'; readonly since: string }
  | { readonly kind: 'failed'; readonly at: string; readonly message: string };
