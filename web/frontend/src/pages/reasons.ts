import type { OfferRow } from '@tandem/web/api-contract/products';

/** Why an offer is on the list, in the merchant's words. */
export function reasonText(offer: Pick<OfferRow, 'reason' | 'supportCount'>): string {
  switch (offer.reason) {
    case 'bought_together':
      return offer.supportCount === null
        ? 'Bought together'
        : `Bought together by ${offer.supportCount} shopper${offer.supportCount === 1 ? '' : 's'}`;
    case 'similar':
      return 'Similar products are bought together (little history of its own)';
    case 'popular':
      return 'Popular in your shop (no pairing history yet)';
    case 'merchant':
      return 'Your pick';
    case 'next_tier':
      return 'Next size or tier up';
    case 'family_tier':
      return 'Next product up in its tier family';
  }
}
