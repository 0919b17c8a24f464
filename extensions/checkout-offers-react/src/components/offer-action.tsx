import { Button, Text } from '@shopify/ui-extensions-react/checkout';
import type { OfferPresentation } from '@tandem/offer-core';

/** The offer's one button (Add / Upgrade), replaced by its done label once accepted. */
export function OfferAction({
  offer,
  onAccept,
}: {
  readonly offer: OfferPresentation;
  readonly onAccept: (offerId: string) => void;
}) {
  if (offer.status === 'added') return <Text appearance="success">{offer.doneLabel}</Text>;
  const busy = offer.status === 'adding';
  return (
    <Button
      kind="secondary"
      loading={busy}
      disabled={busy}
      accessibilityLabel={offer.action.accessibilityLabel}
      onPress={() => onAccept(offer.offerId)}
    >
      {offer.action.label}
    </Button>
  );
}
