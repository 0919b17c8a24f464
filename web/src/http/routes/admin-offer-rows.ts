import {
  OFFER_LIST_VERSION,
  parseOfferList,
  type PublishedOffer,
  type PublishedOfferList,
} from '@tandem/offer-core';
import type { OfferRow, PublishStatus } from '../../api-contract/index.js';
import type { OfferList } from '../../domain/offer.js';
import type { ProductWithVariants } from '../../domain/product.js';
import type { MerchantRule } from '../../domain/rule.js';

/** The stored list as checkout reads it (offers and votes); undefined when it does not parse. */
export function publishedList(list: OfferList): PublishedOfferList | undefined {
  const { votes } = list;
  const extra = typeof votes === 'object' && votes !== null && !Array.isArray(votes) ? votes : {};
  const parsed = parseOfferList({ ...extra, ver: OFFER_LIST_VERSION, o: list.offers });
  return parsed.kind === 'ok' ? parsed.list : undefined;
}

/** The stored list's entries as published offers; a list that does not parse shows as empty rather than failing. */
export function publishedOffers(list: OfferList | undefined): readonly PublishedOffer[] {
  return (list && publishedList(list)?.o) ?? [];
}

export function publishStatus(list: OfferList | undefined): PublishStatus {
  if (!list) return { kind: 'none' };
  if (list.publishedAt !== null && list.publishedHash === list.contentHash)
    return { kind: 'live', since: list.publishedAt };
  return { kind: 'queued', computedAt: list.computedAt };
}

export interface OfferRowContext {
  readonly product: ProductWithVariants;
  readonly rules: readonly MerchantRule[];
  readonly lookup: (productId: string) => Promise<ProductWithVariants | undefined>;
}

/** A product's published list resolved against the catalog: titles, prices, price steps and the rule behind each. */
export async function offerRows(
  offers: readonly PublishedOffer[],
  context: OfferRowContext,
): Promise<OfferRow[]> {
  const ranks = { xsell: 0, upgrade: 0 };
  return Promise.all(
    offers.map(async (offer) => {
      ranks[offer.k] += 1;
      const rank = ranks[offer.k];
      const target = await context.lookup(offer.p);
      const variant = target?.variants.find((candidate) => candidate.id === offer.v);
      const from =
        offer.f === undefined
          ? undefined
          : context.product.variants.find((candidate) => candidate.id === offer.f);
      const stepPct =
        from && variant && from.priceMinor > 0
          ? Math.round(((variant.priceMinor - from.priceMinor) / from.priceMinor) * 1000) / 10
          : null;
      const rule = context.rules.find(
        (candidate) =>
          (candidate.kind === 'pin' || candidate.kind === 'manual') &&
          candidate.productId === context.product.id &&
          candidate.targetProductId === offer.p,
      );
      return {
        rank,
        kind: offer.k,
        score: offer.s,
        reason: offer.r,
        supportCount: offer.n ?? null,
        productId: offer.p,
        variantId: offer.v,
        productTitle: target?.title ?? null,
        variantTitle: variant?.title ?? null,
        imageUrl: target?.imageUrl ?? null,
        priceMinor: variant?.priceMinor ?? null,
        fromVariantTitle: from?.title ?? null,
        stepPct,
        discountPct: offer.d ?? null,
        ruleId: rule?.id ?? null,
      } satisfies OfferRow;
    }),
  );
}
