import type { ShownOffer } from '../checkout/types.js';
import type { OfferStatus } from './types.js';

/**
 * After a cart change the fresh decision drops what is now in the cart, including the offer just added.
 * Keep accepted offers where they were (shown as "Added"), refresh the rest, and append newcomers without
 * growing the block beyond what was already on screen: no layout shift under the buyer's cursor.
 */
export function keepAccepted(
  previous: readonly ShownOffer[],
  next: readonly ShownOffer[],
  statuses: Readonly<Record<string, OfferStatus>>,
): ShownOffer[] {
  const fresh = new Map(next.map((offer) => [offer.offerId, offer]));
  const accepted = (offer: ShownOffer): boolean =>
    statuses[offer.offerId] === 'added' || statuses[offer.offerId] === 'adding';
  const kept = previous
    .filter((offer) => accepted(offer) || fresh.has(offer.offerId))
    .map((offer) => (accepted(offer) ? offer : (fresh.get(offer.offerId) ?? offer)));
  const keptIds = new Set(kept.map((offer) => offer.offerId));
  const newcomers = next.filter((offer) => !keptIds.has(offer.offerId));
  return [...kept, ...newcomers].slice(0, Math.max(previous.length, next.length));
}
