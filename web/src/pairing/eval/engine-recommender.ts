import { parseOfferList, serializeOfferList, votesOf, type CartProductOffers } from '@tandem/offer-core';
import type { IdInterner } from '../interner.js';
import type { CatalogIndex } from '../lists/catalog-index.js';
import { buildCrossSellLists, type SharedFits } from '../lists/build-offer-lists.js';
import { syntheticTargets } from '../lists/offer-targets.js';
import type { CooccurrenceCounts } from '../mining/types.js';
import type { ContextBaskets } from '../mining/pair-context.js';
import type { PairingSettings } from '../types.js';
import { gidOrder, IndexedMerge } from './indexed-merge.js';
import type { Recommender } from './types.js';

/** What the engine is built with beside its counts; everything optional. */
export interface EngineOptions {
  readonly settings?: Partial<PairingSettings> | undefined;
  readonly catalog?: CatalogIndex | undefined;
  /** The training baskets, for pair votes. */
  readonly baskets?: ContextBaskets | undefined;
  /** Fits shared with other engines over the same counts (see `MinedInput.shared`). */
  readonly shared?: SharedFits | undefined;
  /**
   * Products that get a list (default all). Model selection lists only the products of its held-out carts: lists of
   * other products are never read there, and building them was most of a large catalog's selection time. The
   * shop-wide score scale then comes from these lists alone; the merge ranks the same under any common scale, up to
   * the wire's rounding of scores to 4 decimals.
   */
  readonly anchors?: Iterable<number> | undefined;
  /** `engineGidOrder(products.size)`, when several engines over the same products are built (model selection). */
  readonly gidOrder?: Uint32Array | undefined;
}

// The same ids as `syntheticTargets` gives the offers.
const gidOf = (product: number): string => `gid://shopify/Product/${product + 1}`;

/** The products' place in the order checkout merges the engine's lists in (see `IndexedMerge`). */
export const engineGidOrder = (productCount: number): Uint32Array => gidOrder(productCount, gidOf);

/**
 * The engine as shoppers meet it: per-product lists serialised as the metafield value, parsed back the way
 * checkout reads them, and merged as checkout's `mergeOffers` merges them (by `IndexedMerge`, which ranks
 * exactly as it does) with the query products as the cart.
 */
export function engineRecommender(...args: Parameters<typeof engineMerge>): Recommender {
  const merge = engineMerge(...args);
  return { name: 'tandem', recommend: (query, k) => merge.recommend(query, k) };
}

/** The engine's published lists behind the indexed checkout merge (see `engineRecommender`). */
export function engineMerge(
  counts: CooccurrenceCounts,
  products: IdInterner,
  options: EngineOptions = {},
): IndexedMerge {
  const lists = buildCrossSellLists({
    counts,
    products,
    targets: syntheticTargets(),
    ...options,
    cartGid: gidOf,
  });
  const published = new Map<number, CartProductOffers>();
  for (const list of lists) {
    const parsed = parseOfferList(serializeOfferList(list.offers, list.votes));
    if (parsed.kind === 'invalid')
      throw new Error(`engine list for ${list.productId} does not parse: ${parsed.reason}`);
    published.set(list.product, {
      productId: gidOf(list.product),
      offers: parsed.list.offers,
      ...votesOf(parsed.list),
    });
  }
  const productOf = (gid: string): number => Number(gid.slice(gid.lastIndexOf('/') + 1)) - 1;
  return new IndexedMerge(published, products.size, productOf, gidOf, options.gidOrder);
}
