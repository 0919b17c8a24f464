import {
  decideOffers,
  planOffers,
  resolveSettings,
  type CartLineInput,
  type EffectiveSettings,
  type OffersByProduct,
  type OfferVariant,
  type PublishedOfferList,
  type ShownOffer,
} from '@tandem/offer-core';
import type { PreviewMoney, PreviewOffer, PreviewResponse } from '../../api-contract/index.js';
import type { OfferList } from '../../domain/offer.js';
import { publishedList } from '../../offers/stored-list.js';
import type { ProductWithVariants } from '../../domain/product.js';
import type { Settings } from '../../domain/settings.js';
import { toShopConfig } from '../../offers/publish-config.js';

export interface PreviewInput {
  readonly shop: string;
  readonly currencyCode: string;
  readonly settings: Settings;
  /** Cart lines with their product (looked up and checked by the route). */
  readonly lines: readonly {
    readonly product: ProductWithVariants;
    readonly variantId: string;
    readonly quantity: number;
  }[];
  readonly lists: ReadonlyMap<string, OfferList>;
  /** Products the cart's lists offer, by id (missing ones count as unavailable, as at checkout). */
  readonly offered: ReadonlyMap<string, ProductWithVariants>;
}

function minorUnitDigits(currencyCode: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency: currencyCode }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}

function offerVariants(
  products: Iterable<ProductWithVariants>,
  currencyCode: string,
): Map<string, OfferVariant> {
  const scale = 10 ** minorUnitDigits(currencyCode);
  const money = (minor: number) => ({ amount: minor / scale, currencyCode });
  const variants = new Map<string, OfferVariant>();
  for (const product of products) {
    const sellable = product.status === 'ACTIVE' && product.publishedAt !== null;
    for (const variant of product.variants) {
      variants.set(variant.id, {
        id: variant.id,
        productId: product.id,
        productTitle: product.title,
        handle: product.handle,
        title: variant.title,
        availableForSale: sellable && variant.availableForSale,
        price: money(variant.priceMinor),
        compareAtPrice: variant.compareAtPriceMinor === null ? undefined : money(variant.compareAtPriceMinor),
        image: product.imageUrl === null ? undefined : { url: product.imageUrl, altText: undefined },
      });
    }
  }
  return variants;
}

function view(shown: ShownOffer): PreviewOffer {
  const params: Record<string, string | number> = { ...shown.copy.params };
  for (const [name, value] of Object.entries(shown.copy.money))
    params[name] = new Intl.NumberFormat('en', { style: 'currency', currency: value.currencyCode }).format(
      value.amount,
    );
  return {
    kind: shown.kind,
    offerId: shown.offerId,
    reason: shown.reason,
    productTitle: shown.variant.productTitle,
    variantTitle: shown.variant.title,
    imageUrl: shown.variant.image?.url ?? null,
    price: shown.price,
    compareAtPrice: shown.compareAtPrice ?? null,
    discountPct: shown.discountPct ?? null,
    delta: shown.kind === 'upgrade' ? shown.delta : null,
    copyKey: shown.copy.key,
    copyParams: params,
    copyLabels: shown.copy.labels ?? {},
  };
}

/**
 * The checkout block and upgrade prompts for a sample cart, decided by the offer core exactly as checkout decides
 * them (same plan, same caps, same settings resolution), with catalog prices standing in for the Storefront query.
 */
export function buildPreview(input: PreviewInput): PreviewResponse {
  const settings: EffectiveSettings = resolveSettings(
    { holdout: 'treatment' },
    toShopConfig(input.shop, input.settings),
  );
  const variants = offerVariants(
    [...input.lines.map((line) => line.product), ...input.offered.values()],
    input.currencyCode,
  );
  const lines: CartLineInput[] = input.lines.map((line, index) => ({
    id: `gid://shopify/CartLine/preview-${index + 1}`,
    merchandiseId: line.variantId,
    productId: line.product.id,
    title: line.product.title,
    quantity: line.quantity,
    totalAmount: (variants.get(line.variantId)?.price.amount ?? 0) * line.quantity,
    attributes: [],
  }));
  const offersByProduct: OffersByProduct = new Map(
    [...input.lists].flatMap(([productId, list]): [string, PublishedOfferList][] => {
      const parsed = publishedList(list);
      return parsed ? [[productId, parsed]] : [];
    }),
  );
  const decide = (target: 'block' | 'line', lineId?: string) => {
    const plan = planOffers({
      target,
      lines,
      offersByProduct,
      settings,
      ...(lineId === undefined ? {} : { lineId }),
    });
    // The preview shows the English copy, so unit prices follow English practice.
    return decideOffers({ plan, variants, lines, settings, arm: 'treatment', language: 'en' }).map(view);
  };
  const money = (amount: number): PreviewMoney => ({
    amount: Math.round(amount * 100) / 100,
    currencyCode: input.currencyCode,
  });
  return {
    lines: lines.map((line) => ({
      lineId: line.id,
      variantId: line.merchandiseId,
      productTitle: line.title,
      variantTitle: variants.get(line.merchandiseId)?.title ?? '',
      quantity: line.quantity,
      total: money(line.totalAmount),
      upgrade: decide('line', line.id)[0] ?? null,
    })),
    subtotal: money(lines.reduce((sum, line) => sum + line.totalAmount, 0)),
    offers: decide('block'),
    holdoutPct: input.settings.holdoutPct,
    priceCapPct: input.settings.priceCapPct,
    copy: input.settings.copy.en ?? {},
  };
}
