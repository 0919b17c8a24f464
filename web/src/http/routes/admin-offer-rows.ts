import type { PublishedOffer } from '@tandem/offer-core';
import type { OfferRow, PublishStatus } from '../../api-contract/index.js';
import type { OfferList } from '../../domain/offer.js';
import type { ProductWithVariants } from '../../domain/product.js';
import type { MerchantRule } from '../../domain/rule.js';

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
      ranks[offer.kind] += 1;
      const rank = ranks[offer.kind];
      const target = await context.lookup(offer.productId);
      const variant = target?.variants.find((candidate) => candidate.id === offer.variantId);
      const from =
        offer.fromVariantId === undefined
          ? undefined
          : context.product.variants.find((candidate) => candidate.id === offer.fromVariantId);
      const stepPct =
        from && variant && from.priceMinor > 0
          ? Math.round(((variant.priceMinor - from.priceMinor) / from.priceMinor) * 1000) / 10
          : null;
      const rule = context.rules.find(
        (candidate) =>
          (candidate.kind === 'pin' || candidate.kind === 'manual') &&
          candidate.productId === context.product.id &&
          candidate.targetProductId === offer.productId,
      );
      return {
        rank,
        kind: offer.kind,
        score: offer.score,
        reason: offer.reason,
        supportCount: offer.support ?? null,
        productId: offer.productId,
        variantId: offer.variantId,
        productTitle: target?.title ?? null,
        variantTitle: variant?.title ?? null,
        imageUrl: target?.imageUrl ?? null,
        priceMinor: variant?.priceMinor ?? null,
        fromVariantTitle: from?.title ?? null,
        stepPct,
        discountPct: offer.discountPct ?? null,
        ruleId: rule?.id ?? null,
      } satisfies OfferRow;
    }),
  );
}
