import { describe, expect, it } from '@jest/globals';
import { mergeOffers, type PublishedOffer } from '@tandem/offer-core';
import { CompiledRules } from './compiled-rules.js';
import { decideCartOffers } from './cart-filters.js';

const offer = (n: number, s: number): PublishedOffer => ({
  variantId: `gid://shopify/ProductVariant/${n}0`,
  productId: `gid://shopify/Product/${n}`,
  score: s,
  reason: 'bought_together',
  kind: 'xsell',
});

describe('decideCartOffers', () => {
  it('hides blocked, unavailable and over-cap offers, says why, and shows at most max', () => {
    // Given a cart of product 1 (subtotal €40) whose list offers 2–6
    const merged = mergeOffers(
      [{ productId: 'gid://shopify/Product/1', offers: [2, 3, 4, 5, 6].map((n) => offer(n, 1 - n / 10)) }],
      { max: 10 },
    );
    const prices: Record<string, { priceMinor: number; available: boolean }> = {
      'gid://shopify/ProductVariant/20': { priceMinor: 900, available: true },
      'gid://shopify/ProductVariant/30': { priceMinor: 900, available: true },
      'gid://shopify/ProductVariant/40': { priceMinor: 900, available: false },
      'gid://shopify/ProductVariant/50': { priceMinor: 2500, available: true },
      'gid://shopify/ProductVariant/60': { priceMinor: 900, available: true },
    };
    // When decided with 3 never-together with 1, a 50% price cap and at most 1 shown
    const decisions = decideCartOffers(merged, {
      cartProductIds: ['1'],
      subtotalMinor: 4000,
      variant: (id) => prices[id],
      rules: new CompiledRules({ neverTogether: [['1', '3']] }),
      priceCapRatio: 0.5,
      max: 1,
    });
    // Then
    expect(decisions.map((decision) => (decision.kind === 'show' ? 'show' : decision.reason))).toEqual([
      'show',
      'blocked',
      'unavailable',
      'over_price_cap',
      'over_max',
    ]);
  });
});
