import { describe, expect, it } from '@jest/globals';
import type { MerchantRule } from '../domain/rule.js';
import { exclusionsOf, withoutExcluded } from './exclusions.js';

const base = { id: 'r', createdAt: '2026-12-01T00:00:00.000Z' };
const purchase = (product: number, variant: number) => ({
  orderId: `o${product}`,
  productId: `gid://shopify/Product/${product}`,
  variantId: `gid://shopify/ProductVariant/${variant}`,
  day: 20_400,
});

describe('a profile leaves out what the merchant excluded', () => {
  it('drops shop-wide excluded products and variants, keeps pair-scoped excludes and pins', () => {
    const rules: MerchantRule[] = [
      {
        ...base,
        kind: 'exclude',
        productId: null,
        targetProductId: 'gid://shopify/Product/1',
        targetVariantId: null,
      },
      { ...base, kind: 'exclude', productId: null, targetProductId: '2', targetVariantId: '21' },
      { ...base, kind: 'exclude', productId: '9', targetProductId: '3', targetVariantId: null },
      { ...base, kind: 'pin', productId: '9', targetProductId: '4', targetVariantId: null },
    ];
    const kept = withoutExcluded(
      [purchase(1, 11), purchase(2, 21), purchase(2, 22), purchase(3, 31), purchase(4, 41)],
      exclusionsOf(rules),
    );
    expect(kept.map((p) => p.variantId?.split('/').pop())).toEqual(['22', '31', '41']);
  });

  it('keeps every purchase when nothing is excluded', () => {
    const purchases = [purchase(1, 11)];
    expect(withoutExcluded(purchases, exclusionsOf([]))).toBe(purchases);
  });
});
