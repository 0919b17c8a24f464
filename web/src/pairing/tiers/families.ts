import { canonicalProductId } from '../lists/gids.js';
import type { CatalogProduct } from '../types.js';
import { parseQuantity } from './quantity.js';
import { TIER_TITLE_WORDS, words } from './tier-words.js';

export const FAMILY_SOURCES = ['merchant', 'detected'] as const;
export type FamilySource = (typeof FAMILY_SOURCES)[number];

export interface TierFamily {
  readonly source: FamilySource;
  /** Canonical product ids, lowest tier first. */
  readonly productIds: readonly string[];
}

/**
 * Tier families across products. The merchant's declared families come first and keep their order; detected
 * ones group active products of one type and vendor whose titles are the same once tier words ("Mini", "Pro",
 * "XL") and quantities ("250 g", "6-pack") are taken out, ordered by price. A product belongs to one family.
 */
export function tierFamilies(
  products: readonly CatalogProduct[],
  declared: readonly (readonly string[])[] = [],
): TierFamily[] {
  const claimed = new Set<string>();
  const families: TierFamily[] = [];
  for (const ids of declared) {
    const free = ids.map(canonicalProductId).filter((id) => !claimed.has(id));
    if (free.length < 2) continue;
    free.forEach((id) => claimed.add(id));
    families.push({ source: 'merchant', productIds: free });
  }
  const groups = new Map<string, { members: CatalogProduct[]; tiered: boolean }>();
  for (const product of products) {
    if (product.status !== 'active' || claimed.has(canonicalProductId(product.id))) continue;
    const { key, tiered } = familyKey(product);
    if (key === undefined) continue;
    const group = groups.get(key) ?? { members: [], tiered: false };
    group.members.push(product);
    group.tiered ||= tiered;
    groups.set(key, group);
  }
  for (const { members, tiered } of groups.values()) {
    if (!tiered) continue;
    const priced = members.map((product) => ({ product, price: referencePrice(product) }));
    if (priced.length < 2 || new Set(priced.map((entry) => entry.price)).size < 2) continue;
    priced.sort((a, b) => a.price - b.price || (a.product.id < b.product.id ? -1 : 1));
    families.push({
      source: 'detected',
      productIds: priced.map((entry) => canonicalProductId(entry.product.id)),
    });
  }
  return families;
}

/** type|vendor|stem, and whether the title carries a tier word or a quantity ("Blender" joins "Blender Pro"). */
function familyKey(product: CatalogProduct): { key: string | undefined; tiered: boolean } {
  const quantity = parseQuantity(product.title);
  const titleWithoutQuantity = quantity ? product.title.replace(quantity.label, ' ') : product.title;
  const all = words(titleWithoutQuantity);
  const stem = all.filter((word) => !TIER_TITLE_WORDS.has(word));
  const tiered = quantity !== undefined || stem.length < all.length;
  if (stem.length === 0) return { key: undefined, tiered };
  return {
    key: [product.productType.trim().toLowerCase(), product.vendor.trim().toLowerCase(), stem.join(' ')].join(
      '|',
    ),
    tiered,
  };
}

/** The price a shopper compares: the cheapest available variant's, else the cheapest variant's. */
export function referencePrice(product: CatalogProduct): number {
  const available = product.variants.filter((variant) => variant.available);
  const pool = available.length > 0 ? available : product.variants;
  return pool.reduce((low, variant) => Math.min(low, variant.priceMinor), Number.POSITIVE_INFINITY);
}
