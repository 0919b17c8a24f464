import type { MergedOffer } from '@tandem/offer-core';
import { canonicalProductId } from '../lists/gids.js';
import type { CompiledRules } from './compiled-rules.js';

export const CART_HIDE_REASONS = ['in_cart', 'blocked', 'unavailable', 'over_price_cap', 'over_max'] as const;
export type CartHideReason = (typeof CART_HIDE_REASONS)[number];

export type CartOfferDecision =
  | { readonly kind: 'show'; readonly offer: MergedOffer }
  | { readonly kind: 'hide'; readonly offer: MergedOffer; readonly reason: CartHideReason };

export interface CartFilterInput {
  /** Product ids or GIDs in the cart. */
  readonly cartProductIds: readonly string[];
  readonly subtotalMinor: number;
  /** Live price and availability of an offered variant (checkout reads them from the Storefront API). */
  readonly variant: (
    variantGid: string,
  ) => { readonly priceMinor: number; readonly available: boolean } | undefined;
  readonly rules: CompiledRules;
  /** An offer may cost at most this share of the cart subtotal. */
  readonly priceCapRatio: number;
  /** Offers to show at most. */
  readonly max: number;
}

/**
 * The cart-time rules on merged offers: never what is in the cart, never an excluded or never-together
 * product, only available variants, and nothing dearer than `priceCapRatio` × subtotal. Returns every decision,
 * in rank order, so the admin preview can say why an offer is hidden; at most `max` are shown.
 */
export function decideCartOffers(
  merged: readonly MergedOffer[],
  input: CartFilterInput,
): CartOfferDecision[] {
  const inCart = new Set(input.cartProductIds.map(canonicalProductId));
  const blocked = input.rules.blockedFor(inCart);
  const cap = input.priceCapRatio * input.subtotalMinor;
  let shown = 0;
  return merged.map((offer): CartOfferDecision => {
    const product = canonicalProductId(offer.offer.productId);
    if (inCart.has(product)) return { kind: 'hide', offer, reason: 'in_cart' };
    if (blocked.has(product)) return { kind: 'hide', offer, reason: 'blocked' };
    const live = input.variant(offer.offer.variantId);
    if (!live || !live.available) return { kind: 'hide', offer, reason: 'unavailable' };
    if (live.priceMinor > cap) return { kind: 'hide', offer, reason: 'over_price_cap' };
    if (shown >= input.max) return { kind: 'hide', offer, reason: 'over_max' };
    shown += 1;
    return { kind: 'show', offer };
  });
}
