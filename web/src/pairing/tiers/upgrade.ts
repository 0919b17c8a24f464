import type { CatalogIndex } from '../lists/catalog-index.js';
import { canonicalProductId, canonicalVariantId } from '../lists/gids.js';
import type { CatalogProduct, CatalogVariant } from '../types.js';
import type { TierFamily } from './families.js';
import { detectTierAxis, higherTiers } from './tier-axis.js';
import { compareUnitPrices, variantQuantity, type UnitPriceComparison } from './unit-price.js';

export const UPGRADE_NONE_REASONS = [
  'unknown_variant',
  'inactive',
  'no_tier',
  'top_tier',
  'out_of_stock',
  'over_budget',
] as const;
export type UpgradeNoneReason = (typeof UPGRADE_NONE_REASONS)[number];

export type UpgradeDecision =
  | {
      readonly kind: 'offer';
      /** Next variant along the product's tier option, or next product in its tier family. */
      readonly via: 'next_tier' | 'family_tier';
      readonly from: CatalogVariant;
      readonly toProduct: CatalogProduct;
      readonly to: CatalogVariant;
      readonly deltaMinor: number;
      /** deltaMinor / the line's price. */
      readonly deltaRatio: number;
      readonly unitPrice: UnitPriceComparison | undefined;
    }
  | { readonly kind: 'none'; readonly reason: UpgradeNoneReason };

export interface UpgradeContext {
  readonly catalog: CatalogIndex;
  /** Family by canonical product id. */
  readonly familyOf: ReadonlyMap<string, TierFamily>;
  /** Largest step as a share of the line price (0.35 = +35%). */
  readonly maxUpgradeDelta: number;
}

/**
 * The next tier up for a cart line's variant: nearest higher tier first (within the product, else along its
 * family), skipping tiers that are out of stock, and only when the step costs at most `maxUpgradeDelta` of the
 * line price — the buyer's budget is respected, never stretched.
 */
export function decideUpgrade(
  product: CatalogProduct,
  fromVariantId: string,
  context: UpgradeContext,
): UpgradeDecision {
  const from = product.variants.find(
    (variant) => canonicalVariantId(variant.id) === canonicalVariantId(fromVariantId),
  );
  if (!from) return { kind: 'none', reason: 'unknown_variant' };
  if (product.status !== 'active' || !product.published) return { kind: 'none', reason: 'inactive' };
  const axis = detectTierAxis(product);
  const family = context.familyOf.get(canonicalProductId(product.id));
  let via: 'next_tier' | 'family_tier' = 'next_tier';
  let candidates = axis ? higherTiers(product, axis, from).map((variant) => ({ product, variant })) : [];
  if (candidates.length === 0 && family) {
    via = 'family_tier';
    candidates = familyCandidates(product, from, family, context.catalog);
  }
  if (candidates.length === 0) return { kind: 'none', reason: axis || family ? 'top_tier' : 'no_tier' };
  const next = candidates.find((candidate) => candidate.variant.available);
  if (!next) return { kind: 'none', reason: 'out_of_stock' };
  const deltaMinor = next.variant.priceMinor - from.priceMinor;
  const deltaRatio = from.priceMinor > 0 ? deltaMinor / from.priceMinor : Number.POSITIVE_INFINITY;
  if (deltaRatio > context.maxUpgradeDelta + 1e-9) return { kind: 'none', reason: 'over_budget' };
  const unitPrice = compareUnitPrices(
    { quantity: variantQuantity(from), priceMinor: from.priceMinor },
    { quantity: variantQuantity(next.variant), priceMinor: next.variant.priceMinor },
  );
  return {
    kind: 'offer',
    via,
    from,
    toProduct: next.product,
    to: next.variant,
    deltaMinor,
    deltaRatio,
    unitPrice,
  };
}

/** Higher family members' variants, nearest tier first: the one with the same other options, else the first. */
function familyCandidates(
  product: CatalogProduct,
  from: CatalogVariant,
  family: TierFamily,
  catalog: CatalogIndex,
): { product: CatalogProduct; variant: CatalogVariant }[] {
  const position = family.productIds.indexOf(canonicalProductId(product.id));
  const out: { product: CatalogProduct; variant: CatalogVariant }[] = [];
  for (const id of family.productIds.slice(position + 1)) {
    const member = catalog.get(id);
    if (!member || member.status !== 'active' || !member.published) continue;
    const pool = member.variants.filter((variant) => variant.priceMinor > from.priceMinor);
    const matching = pool.find((variant) =>
      from.options.every((option) =>
        variant.options.some((o) => o.name === option.name && o.value === option.value),
      ),
    );
    const variant = matching ?? pool.find((candidate) => candidate.available) ?? pool[0];
    if (variant) out.push({ product: member, variant });
  }
  return out;
}
