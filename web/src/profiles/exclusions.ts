import type { MerchantRule } from '../domain/rule.js';
import type { ProfilePurchase } from '../pairing/profile/build-profile.js';
import { canonicalProductId, canonicalVariantId } from '../pairing/lists/gids.js';

/** What the merchant excluded shop-wide (canonical ids): never offered, so never offered again as "Buy again". */
export interface Exclusions {
  readonly products: ReadonlySet<string>;
  readonly variants: ReadonlySet<string>;
}

export function exclusionsOf(rules: readonly MerchantRule[]): Exclusions {
  const products = new Set<string>();
  const variants = new Set<string>();
  for (const rule of rules) {
    if (rule.kind !== 'exclude' || rule.productId !== null) continue;
    if (rule.targetVariantId === null) products.add(canonicalProductId(rule.targetProductId));
    else variants.add(canonicalVariantId(rule.targetVariantId));
  }
  return { products, variants };
}

/**
 * The purchases a profile may hold: an excluded product or variant is left out, since checkout offers a profile's
 * due repeat purchases as they stand and the merchant's rules are applied when lists are built, not there.
 */
export function withoutExcluded(
  purchases: readonly ProfilePurchase[],
  excluded: Exclusions,
): readonly ProfilePurchase[] {
  if (excluded.products.size === 0 && excluded.variants.size === 0) return purchases;
  return purchases.filter(
    (purchase) =>
      !excluded.products.has(canonicalProductId(purchase.productId)) &&
      !(purchase.variantId !== undefined && excluded.variants.has(canonicalVariantId(purchase.variantId))),
  );
}
