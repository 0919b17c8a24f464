// Offer lists as the pairing engine publishes them, written straight to the store: the admin reads whatever
// the engine computed, so its tests need lists with known content rather than a mining run.
import type { PublishedOffer } from '@tandem/offer-core';
import type { ProductWithVariants } from '@tandem/web/domain/index';
import { toStoredList } from '@tandem/web/offers/stored-list';
import type { Stores } from '@tandem/web/store/index';

export interface Picked {
  /** Active, published, with a next variant up at most 35% dearer. */
  readonly anchor: ProductWithVariants;
  /** Sellable products other than the anchor, cheapest first. */
  readonly others: readonly ProductWithVariants[];
}

const sellable = (product: ProductWithVariants) =>
  product.status === 'ACTIVE' &&
  product.publishedAt !== null &&
  product.variants.some((variant) => variant.availableForSale);

export async function pickProducts(stores: Stores, shop: string): Promise<Picked> {
  const { items } = await stores.catalog.listProducts(shop, { limit: 1000 });
  const anchor = items.find((product) => {
    const [from, to] = product.variants;
    return (
      sellable(product) &&
      from &&
      to &&
      from.availableForSale &&
      to.availableForSale &&
      to.priceMinor > from.priceMinor &&
      to.priceMinor <= from.priceMinor * 1.35
    );
  });
  if (!anchor) throw new Error('no product with an upgrade step within 35% in the demo catalog');
  const firstPrice = (product: ProductWithVariants) =>
    product.variants.find((variant) => variant.availableForSale)?.priceMinor ?? Number.POSITIVE_INFINITY;
  const others = items
    .filter((product) => product.id !== anchor.id && sellable(product))
    .sort((a, b) => firstPrice(a) - firstPrice(b));
  return { anchor, others };
}

export function crossSell(
  product: ProductWithVariants,
  score: number,
  extra: Partial<PublishedOffer> = {},
): PublishedOffer {
  const variant = product.variants.find((candidate) => candidate.availableForSale) ?? product.variants[0];
  const offer: PublishedOffer = {
    variantId: variant?.id ?? '',
    productId: product.id,
    score,
    reason: 'bought_together',
    kind: 'xsell',
    ...extra,
  };
  return offer.reason === 'bought_together' ? { support: 7, ...offer } : offer;
}

export function nextTier(product: ProductWithVariants): PublishedOffer {
  const [from, to] = product.variants;
  return {
    variantId: to?.id ?? '',
    productId: product.id,
    score: 0.8,
    reason: 'next_tier',
    kind: 'upgrade',
    fromVariantId: from?.id ?? '',
  };
}

export async function putList(
  stores: Stores,
  shop: string,
  productId: string,
  offers: readonly PublishedOffer[],
): Promise<void> {
  await stores.offers.putLists(shop, [toStoredList(productId, offers, {}, new Date().toISOString())]);
}

/** The anchor with a stored list of two cross-sells (b, then c with `cReason`) and its next tier. */
export async function anchorWithList(
  stores: Stores,
  shop: string,
  cReason: PublishedOffer['reason'] = 'bought_together',
): Promise<{ anchor: ProductWithVariants; b: ProductWithVariants; c: ProductWithVariants }> {
  const { anchor, others } = await pickProducts(stores, shop);
  const [b, c] = others;
  if (!b || !c) throw new Error('demo catalog too small');
  await putList(stores, shop, anchor.id, [
    crossSell(b, 0.9),
    crossSell(c, 0.4, { reason: cReason }),
    nextTier(anchor),
  ]);
  return { anchor, b, c };
}
