import { addChange } from './cart-change.js';
import { REASON_COPY_KEYS } from './copy.js';
import type { ShownCrossSell } from './types.js';

export const SAMPLE_TITLE_KEY = 'sample.title';
const SAMPLE_VARIANT = 'gid://shopify/ProductVariant/1';

/**
 * The offer the checkout editor shows, so the merchant can see and place the block without a real cart.
 * Its button never changes a cart (the session ignores clicks in the editor).
 */
export function sampleOffer(currencyCode: string): ShownCrossSell {
  const price = { amount: 19.95, currencyCode };
  return {
    kind: 'xsell',
    offerId: '0-1',
    reason: 'popular',
    variant: {
      id: SAMPLE_VARIANT,
      productId: 'gid://shopify/Product/1',
      productTitle: '',
      handle: '',
      title: '',
      availableForSale: true,
      price,
      compareAtPrice: undefined,
      image: undefined,
    },
    price,
    compareAtPrice: undefined,
    discountPct: undefined,
    copy: { key: REASON_COPY_KEYS.popular, params: {}, money: {} },
    titleKey: SAMPLE_TITLE_KEY,
    change: addChange(SAMPLE_VARIANT, '0-1', 'treatment'),
  };
}
