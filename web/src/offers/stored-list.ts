import {
  OFFER_LIST_VERSION,
  parseOfferList,
  toWireOffer,
  toWireVotes,
  type ListVotes,
  type PublishedOffer,
  type PublishedOfferList,
} from '@tandem/offer-core';
import type { JsonValue } from '../domain/json.js';
import type { OfferList } from '../domain/offer.js';
import type { OfferListInput } from '../store/validation/offers.js';

/**
 * The offer store keeps each list in the metafield's wire form (one-letter keys, scores unrounded), opaque to it:
 * the content hashes that decide what to publish are of that form. This module is where the server crosses it,
 * through offer-core's encoder and decoder; everything else reads named fields.
 */

/** The stored list as checkout reads it (offers and votes); undefined when it does not parse. */
export function publishedList(list: Pick<OfferList, 'offers' | 'votes'>): PublishedOfferList | undefined {
  const { votes } = list;
  const extra = typeof votes === 'object' && votes !== null && !Array.isArray(votes) ? votes : {};
  const parsed = parseOfferList({ ...extra, ver: OFFER_LIST_VERSION, o: list.offers });
  return parsed.kind === 'ok' ? parsed.list : undefined;
}

/** The stored list's offers; a list that does not parse shows as empty rather than failing. */
export function publishedOffers(list: OfferList | undefined): readonly PublishedOffer[] {
  return (list && publishedList(list)?.offers) ?? [];
}

/** A computed list as the store keeps it: the server's one encode point. */
export function toStoredList(
  productId: string,
  offers: readonly PublishedOffer[],
  votes: ListVotes,
  computedAt: string,
): OfferListInput {
  const wireVotes = toWireVotes(votes);
  return {
    productId,
    offers: offers.map((offer) => toWireOffer(offer) as unknown as JsonValue),
    ...(Object.keys(wireVotes).length > 0 ? { votes: wireVotes as unknown as JsonValue } : {}),
    computedAt,
  };
}
