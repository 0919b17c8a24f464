import { encodeTandemAttribute, TANDEM_ATTRIBUTE_KEY } from './tandem-attribute.js';
import type { Arm, CartLineAdd, CartLineInput, CartLineUpdate } from './types.js';

/** The one change a cross-sell button makes: one unit, tagged so the order can be attributed. */
export function addChange(variantId: string, offerId: string, arm: Arm): CartLineAdd {
  return {
    type: 'addCartLine',
    merchandiseId: variantId,
    quantity: 1,
    attributes: [
      { key: TANDEM_ATTRIBUTE_KEY, value: encodeTandemAttribute({ offerId, arm, offerKind: 'xsell' }) },
    ],
  };
}

/**
 * The one change an upgrade button makes: the same line switches variant in a single update (atomic: never a
 * remove + add), keeping its quantity and the attributes other apps or the buyer set.
 */
export function upgradeChange(
  line: CartLineInput,
  toVariantId: string,
  offerId: string,
  arm: Arm,
): CartLineUpdate {
  return {
    type: 'updateCartLine',
    id: line.id,
    merchandiseId: toVariantId,
    quantity: line.quantity,
    attributes: [
      ...line.attributes.filter((attribute) => attribute.key !== TANDEM_ATTRIBUTE_KEY),
      { key: TANDEM_ATTRIBUTE_KEY, value: encodeTandemAttribute({ offerId, arm, offerKind: 'upgrade' }) },
    ],
  };
}
