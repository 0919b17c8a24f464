import {
  OFFER_VARIANTS_QUERY,
  offerVariantsVariables,
  parseOfferVariants,
  type OfferVariant,
} from '@tandem/offer-core';
import { previewApi } from '../shared/preview-api.js';
import type { Buyer } from './buyers.js';

/**
 * Variant facts in the buyer's country and language (title, price, image, availability) for the cart lines,
 * read from the Storefront API with the same query the extension sends, and kept per buyer.
 */
export class VariantBook {
  private readonly known = new Map<string, OfferVariant>();

  constructor(readonly buyer: Buyer) {}

  get(id: string): OfferVariant | undefined {
    return this.known.get(id);
  }

  /** Loads what is not known yet; ids the storefront does not return (unpublished, deleted) stay unknown. */
  async load(ids: readonly string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.known.has(id));
    if (missing.length === 0) return;
    const answer = await previewApi.storefront(
      OFFER_VARIANTS_QUERY,
      offerVariantsVariables(missing, this.buyer.country, this.buyer.language),
    );
    if (answer.errors) throw new Error(`Storefront API: ${JSON.stringify(answer.errors)}`);
    for (const [id, variant] of parseOfferVariants(answer.data)) this.known.set(id, variant);
  }
}
