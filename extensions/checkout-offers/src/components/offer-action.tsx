/** @jsxImportSource preact */
import type { OfferPresentation } from '@tandem/offer-core';

/** The offer's one button (Add / Upgrade), replaced by its done label once accepted. */
export function OfferAction({
  offer,
  onAccept,
}: {
  readonly offer: OfferPresentation;
  readonly onAccept: (offerId: string) => void;
}) {
  if (offer.status === 'added') return <s-text tone="success">{offer.doneLabel}</s-text>;
  const busy = offer.status === 'adding';
  return (
    <s-button
      variant="secondary"
      loading={busy}
      disabled={busy}
      accessibilityLabel={offer.action.accessibilityLabel}
      onClick={() => onAccept(offer.offerId)}
    >
      {offer.action.label}
    </s-button>
  );
}
