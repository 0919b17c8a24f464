/** @jsxImportSource preact */
import type { OfferPresentation } from '@tandem/offer-core';

/**
 * The offer's one button: Add → Adding… → Added (Upgrade → Upgraded). It is never unmounted, disabled or put in
 * `loading` (which disables): checkout's extension API cannot move focus, so the button a keyboard buyer pressed
 * must stay focusable for focus not to drop to the page. The session ignores presses while adding or once added.
 */
export function OfferAction({
  offer,
  onAccept,
}: {
  readonly offer: OfferPresentation;
  readonly onAccept: (offerId: string) => void;
}) {
  return (
    <s-button
      variant="secondary"
      accessibilityLabel={offer.action.accessibilityLabel}
      onClick={() => onAccept(offer.offerId)}
    >
      {offer.action.label}
    </s-button>
  );
}
