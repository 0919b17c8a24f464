import type { ListVotes, PublishedOffer } from '@tandem/offer-core';
import type { ObservedProduct } from '../orders/types.js';
import { CompiledRules } from '../rules/compiled-rules.js';
import { tierFamilies } from '../tiers/families.js';
import { upgradeOffers } from '../tiers/upgrade-offers.js';
import { DEFAULT_PAIRING_SETTINGS, type CatalogProduct } from '../types.js';
import { buildCrossSellLists, type MinedInput } from './build-offer-lists.js';
import { CatalogIndex } from './catalog-index.js';
import { canonicalProductId, canonicalVariantId, productGid } from './gids.js';
import { catalogTargets, observedTargets } from './offer-targets.js';

export interface OfferListsInput extends MinedInput {
  /** Without a catalog, offers use the most-bought variant and stock/status cannot be checked. */
  readonly catalog?: readonly CatalogProduct[] | undefined;
  readonly observed?: ((product: number) => ObservedProduct) | undefined;
}

export interface ProductOfferList {
  readonly productId: string;
  readonly productGid: string;
  /** Cross-sells (ranked) then upgrades, in the published format. */
  readonly offers: readonly PublishedOffer[];
  /** What the list adds to a cart's merge beyond its offers (further partners, pairs). */
  readonly votes: ListVotes;
  readonly coldStart: boolean;
}

/** Upgrades per list, so a product with hundreds of variants stays far below the 128 KB metafield limit. */
export const MAX_UPGRADES_PER_LIST = 100;

/**
 * Everything published per product: ranked cross-sells and upgrade offers. With a catalog, lists are built for
 * its active products (products deleted since the orders are skipped); without, for every product bought.
 */
export function buildOfferLists(input: OfferListsInput): ProductOfferList[] {
  const settings = { ...DEFAULT_PAIRING_SETTINGS, ...input.settings };
  const { products } = input;
  const catalog = input.catalog
    ? new CatalogIndex(withoutVariants(input.catalog, input.rules?.excludedVariants ?? []))
    : undefined;
  const anchorIds = catalog
    ? catalog.products
        .filter((product) => product.status === 'active')
        .map((product) => products.intern(canonicalProductId(product.id)))
    : Array.from({ length: products.size }, (_, product) => product);
  const targets = catalog
    ? catalogTargets(catalog, products)
    : observedTargets(
        products,
        input.observed ?? (() => ({ variantId: undefined, variantIds: [], unitPrice: undefined })),
      );
  const crossSells = buildCrossSellLists({
    counts: input.counts,
    products,
    targets,
    catalog,
    rules: input.rules,
    settings,
    anchors: anchorIds,
    baskets: input.baskets,
    cartGid: (product) => productGid(products.id(product)),
  });
  const rules = new CompiledRules(input.rules);
  const families = catalog ? tierFamilies(catalog.products, rules.families) : [];
  const familyOf = new Map(
    families.flatMap((family) => family.productIds.map((id) => [id, family] as const)),
  );
  const lists: ProductOfferList[] = [];
  for (const list of crossSells) {
    const gid = productGid(list.productId);
    if (gid === undefined) continue;
    const product = catalog?.get(list.productId);
    const upgrades =
      catalog && product
        ? upgradeOffers(product, { catalog, familyOf, maxUpgradeDelta: settings.maxUpgradeDelta })
        : [];
    // The merchant's exclusions hold for upgrades too: disabling a family step is a never-together pair.
    const allowed = upgrades.filter((offer) => {
      const target = canonicalProductId(offer.productId);
      return !rules.isExcluded(target) && !rules.isNeverTogether(list.productId, target);
    });
    lists.push({
      productId: list.productId,
      productGid: gid,
      offers: [...list.offers, ...allowed.slice(0, MAX_UPGRADES_PER_LIST)],
      votes: list.votes,
      coldStart: list.coldStart,
    });
  }
  return lists;
}

/** The catalog as the engine may offer it: excluded variants count as unavailable (never a target, never an upgrade). */
function withoutVariants(
  catalog: readonly CatalogProduct[],
  excluded: readonly string[],
): readonly CatalogProduct[] {
  if (excluded.length === 0) return catalog;
  const ids = new Set(excluded.map(canonicalVariantId));
  return catalog.map((product) =>
    product.variants.some((variant) => ids.has(canonicalVariantId(variant.id)))
      ? {
          ...product,
          variants: product.variants.map((variant) =>
            ids.has(canonicalVariantId(variant.id)) ? { ...variant, available: false } : variant,
          ),
        }
      : product,
  );
}
