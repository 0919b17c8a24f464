import type { Money, OfferVariant } from './types.js';

/** Rounds to cents; every currency checkout formats has at most 2 decimals for our purposes, and formatting trims. */
export function roundMoney(amount: number): number {
  return Math.round(amount * 100) / 100;
}

export interface DisplayPrice {
  readonly price: Money;
  readonly compareAtPrice: Money | undefined;
  readonly discountPct: number | undefined;
}

/**
 * What to show before the click. With a merchant discount `d` the buyer pays the discounted price and the
 * Storefront price is the honest compare-at; otherwise a compare-at is shown only when it is really higher.
 */
export function displayPrice(variant: OfferVariant, discountPct: number | undefined): DisplayPrice {
  if (discountPct !== undefined && discountPct > 0) {
    return {
      price: {
        amount: roundMoney(variant.price.amount * (1 - discountPct / 100)),
        currencyCode: variant.price.currencyCode,
      },
      compareAtPrice: variant.price,
      discountPct,
    };
  }
  const compareAt = variant.compareAtPrice;
  const honest =
    compareAt !== undefined &&
    compareAt.currencyCode === variant.price.currencyCode &&
    compareAt.amount > variant.price.amount;
  return { price: variant.price, compareAtPrice: honest ? compareAt : undefined, discountPct: undefined };
}
