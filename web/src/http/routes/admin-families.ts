import { familyId, type FamilyMember, type FamilyView } from '../../api-contract/index.js';
import type { ProductWithVariants } from '../../domain/product.js';
import type { MerchantRule } from '../../domain/rule.js';
import { referencePrice, tierFamilies } from '../../pairing/tiers/families.js';
import { toCatalogProduct } from '../../offers/catalog-scan.js';

/** The upgrade steps a family is made of: each member to the next. */
export function familySteps(productIds: readonly string[]): [string, string][] {
  return productIds.slice(1).map((to, index) => [productIds[index] as string, to]);
}

/**
 * Families the merchant declared: chains of manual `upgrade` rules (A→B, B→C gives A, B, C), as the pairing
 * engine reads them.
 */
export function declaredFamilies(rules: readonly MerchantRule[]): string[][] {
  const next = new Map<string, string>();
  const hasPrevious = new Set<string>();
  for (const rule of rules) {
    if (rule.kind !== 'manual' || rule.offerKind !== 'upgrade' || next.has(rule.productId)) continue;
    next.set(rule.productId, rule.targetProductId);
    hasPrevious.add(rule.targetProductId);
  }
  const chains: string[][] = [];
  for (const start of next.keys()) {
    if (hasPrevious.has(start)) continue;
    const chain = [start];
    for (let at = next.get(start); at !== undefined && !chain.includes(at); at = next.get(at)) chain.push(at);
    chains.push(chain);
  }
  return chains;
}

const gid = (id: string) => (id.startsWith('gid://') ? id : `gid://shopify/Product/${id}`);

/**
 * The shop's tier families — declared ones first, then those detected from titles and prices (the pairing
 * engine's own detection) — with each step's price delta against the upgrade budget. A family is disabled when
 * every step is excluded by a rule.
 */
export function familyViews(
  products: readonly ProductWithVariants[],
  rules: readonly MerchantRule[],
  upgradeBudgetPct: number,
): FamilyView[] {
  const byId = new Map(products.map((product) => [product.id, product]));
  const catalog = products.map(toCatalogProduct);
  const excluded = new Set(
    rules.flatMap((rule) =>
      rule.kind === 'exclude' && rule.productId !== null ? [`${rule.productId}>${rule.targetProductId}`] : [],
    ),
  );
  return tierFamilies(catalog, declaredFamilies(rules)).map((family) => {
    const productIds = family.productIds.map(gid);
    let previous: number | null = null;
    const members = productIds.map((productId): FamilyMember => {
      const product = byId.get(productId);
      const price = product ? referencePrice(toCatalogProduct(product)) : null;
      const priceMinor = price !== null && Number.isFinite(price) ? price : null;
      const stepPct =
        previous !== null && priceMinor !== null && previous > 0
          ? Math.round(((priceMinor - previous) / previous) * 1000) / 10
          : null;
      previous = priceMinor;
      return {
        productId,
        title: product?.title ?? null,
        imageUrl: product?.imageUrl ?? null,
        priceMinor,
        stepPct,
        overBudget: stepPct !== null && stepPct > upgradeBudgetPct,
      };
    });
    const steps = familySteps(productIds);
    return {
      id: familyId(productIds),
      source: family.source,
      enabled: !steps.every(([from, to]) => excluded.has(`${from}>${to}`)),
      members,
    };
  });
}
