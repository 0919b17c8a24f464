import type { PublishedOffer } from '@tandem/offer-core';
import type { ProductWithVariants } from '../../domain/product.js';
import { allProducts } from '../../offers/catalog-scan.js';
import { publishedOffers } from '../../offers/stored-list.js';
import type { Stores } from '../../store/types.js';
import type { PreviewProduct, SampleLine } from './types.js';

export interface PreviewCatalog {
  readonly products: readonly PreviewProduct[];
  /** Best first: the products a reviewer should put in the cart to see both offer kinds. */
  readonly samples: readonly SampleLine[];
}

const MAX_SAMPLES = 8;

const sellable = (product: ProductWithVariants): boolean =>
  product.status === 'ACTIVE' &&
  product.publishedAt !== null &&
  product.variants.some((variant) => variant.availableForSale);

/** A sample line when the product's published list has bought-together cross-sells and an upgrade from one of its variants. */
function sampleOf(product: ProductWithVariants, offers: readonly PublishedOffer[]): SampleLine | undefined {
  const crossSells = offers.filter((offer) => offer.kind === 'xsell' && offer.reason === 'bought_together');
  const upgrade = offers.find(
    (offer) =>
      offer.kind === 'upgrade' &&
      product.variants.some((variant) => variant.id === offer.fromVariantId && variant.availableForSale),
  );
  const variantId = upgrade?.fromVariantId;
  if (crossSells.length === 0 || variantId === undefined) return undefined;
  const variant = product.variants.find((candidate) => candidate.id === variantId);
  return {
    productId: product.id,
    variantId,
    title: `${product.title} — ${variant?.title ?? ''}`,
    crossSells: crossSells.length,
  };
}

/** The synced catalog (sellable products only) and sample lines ranked by how many bought-together offers they have. */
export async function previewCatalog(
  stores: Pick<Stores, 'catalog' | 'offers'>,
  shop: string,
): Promise<PreviewCatalog> {
  const products = (await allProducts(stores.catalog, shop)).filter(sellable);
  const samples: SampleLine[] = [];
  for (const product of products) {
    const list = await stores.offers.getList(shop, product.id);
    const sample = list && sampleOf(product, publishedOffers(list));
    if (sample) samples.push(sample);
  }
  samples.sort((a, b) => b.crossSells - a.crossSells || a.productId.localeCompare(b.productId));
  return {
    products: products.map((product) => ({
      id: product.id,
      title: product.title,
      productType: product.productType,
      variants: product.variants.map((variant) => ({
        id: variant.id,
        title: variant.title,
        price: variant.priceMinor / 100,
        available: variant.availableForSale,
      })),
    })),
    samples: samples.slice(0, MAX_SAMPLES),
  };
}
