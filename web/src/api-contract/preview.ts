import * as z from 'zod/mini';
import { productGidSchema, variantGidSchema } from './common.js';
import type { OfferReason } from './products.js';

/** A sample cart for the checkout block preview (POST /api/preview). */
export const previewRequestSchema = z.strictObject(
  {
    lines: z
      .array(
        z.strictObject(
          {
            productId: productGidSchema,
            variantId: variantGidSchema,
            quantity: z._default(
              z
                .int('must be a whole number')
                .check(z.gte(1, 'must be at least 1'), z.lte(99, 'must be at most 99')),
              1,
            ),
          },
          'unknown field',
        ),
        'must be a list of cart lines',
      )
      .check(
        z.minLength(1, 'add at least one product to the sample cart'),
        z.maxLength(10, 'a sample cart holds at most 10 lines'),
      ),
  },
  'unknown field',
);
export type PreviewRequest = z.input<typeof previewRequestSchema>;

/** Money as checkout shows it: a decimal amount in the shop currency. */
export interface PreviewMoney {
  readonly amount: number;
  readonly currencyCode: string;
}

/** What the checkout block would render for one offer: the offer core's decision, unchanged. */
export interface PreviewOffer {
  readonly kind: 'xsell' | 'upgrade';
  readonly offerId: string;
  readonly reason: OfferReason | 'buy_again';
  readonly productTitle: string;
  readonly variantTitle: string;
  readonly imageUrl: string | null;
  readonly price: PreviewMoney;
  readonly compareAtPrice: PreviewMoney | null;
  readonly discountPct: number | null;
  /** Upgrades: the line's extra cost. */
  readonly delta: PreviewMoney | null;
  /** Translation key of the reason line and its parameters (money already formatted by the view). */
  readonly copyKey: string;
  readonly copyParams: Readonly<Record<string, string | number>>;
  /** Parameters the view translates first: parameter → translation key (`unit` → `unit.kg`). */
  readonly copyLabels: Readonly<Record<string, string>>;
}

export interface PreviewLine {
  readonly lineId: string;
  readonly variantId: string;
  readonly productTitle: string;
  readonly variantTitle: string;
  readonly quantity: number;
  readonly total: PreviewMoney;
  /** The per-line upgrade prompt, if one would show. */
  readonly upgrade: PreviewOffer | null;
}

export interface PreviewResponse {
  readonly lines: readonly PreviewLine[];
  readonly subtotal: PreviewMoney;
  /** The "before you pay" block, in display order; the treatment arm (holdout checkouts see nothing). */
  readonly offers: readonly PreviewOffer[];
  readonly holdoutPct: number;
  /** An offer may cost at most this share of the subtotal: why a small cart may show nothing. */
  readonly priceCapPct: number;
  /** The merchant's English copy overrides, which the block renders instead of the built-in text. */
  readonly copy: Readonly<Record<string, string>>;
}
