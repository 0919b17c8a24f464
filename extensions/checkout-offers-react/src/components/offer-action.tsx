import { Button } from '@shopify/ui-extensions-react/checkout';
import type { OfferPresentation } from '@tandem/offer-core';

/**
 * The offer's one button: Add → Adding… → Added (Upgrade → Upgraded). Never unmounted, disabled or `loading`
 * (which disables), so a keyboard buyer's focus stays on it: the extension API has no way to move focus.
 */
export function OfferAction({
  offer,
  onAccept,
}: {
  readonly offer: OfferPresentation;
  readonly onAccept: (offerId: string) => void;
}) {
  return (
    <Button
      kind="secondary"
      accessibilityLabel={offer.action.accessibilityLabel}
      onPress={() => onAccept(offer.offerId)}
    >
      {offer.action.label}
    </Button>
  );
}
