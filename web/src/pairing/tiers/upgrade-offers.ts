import type { PublishedOffer } from '@tandem/offer-core';
import { productGid, variantGid } from '../lists/gids.js';
import type { CatalogProduct } from '../types.js';
import { decideUpgrade, type UpgradeContext } from './upgrade.js';

/**
 * The product's upgrade offers for the metafield: one per variant that has a next tier within budget, keyed by
 * `f` (the cart line's variant). Cheaper steps score higher. Out-of-stock targets are left out here and checked
 * again at checkout, which reads live availability.
 */
export function upgradeOffers(product: CatalogProduct, context: UpgradeContext): PublishedOffer[] {
  const offers: PublishedOffer[] = [];
  for (const variant of product.variants) {
    const decision = decideUpgrade(product, variant.id, context);
    if (decision.kind === 'none') continue;
    const variantId = variantGid(decision.to.id);
    const productId = productGid(decision.toProduct.id);
    const fromVariantId = variantGid(decision.from.id);
    if (variantId === undefined || productId === undefined || fromVariantId === undefined) continue;
    const unit = decision.unitPrice;
    offers.push({
      variantId,
      productId,
      score: Math.min(1, Math.max(0, 1 - decision.deltaRatio)),
      reason: decision.via,
      kind: 'upgrade',
      fromVariantId,
      ...(unit ? { sizes: [unit.from.amount, unit.to.amount, unit.from.unit] as const } : {}),
    });
  }
  return offers;
}
