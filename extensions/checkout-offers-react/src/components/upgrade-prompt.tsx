import { BlockStack, InlineStack, SkeletonText, Text } from '@shopify/ui-extensions-react/checkout';
import { upgradeView, type UpgradePromptProps } from '@tandem/offer-core';
import { useSessionState } from '../use-session.js';
import { LiveRegion } from './live-region.js';
import { OfferAction } from './offer-action.js';

/** Under one cart line: "€4.20 more for 500 g" and an Upgrade button; the line changes in place. */
export function UpgradePrompt({ session, ...props }: UpgradePromptProps) {
  const offer = upgradeView(useSessionState(session), { session, ...props });
  if (offer === undefined) return null;
  if (offer === 'loading') return <SkeletonText />;
  return (
    <BlockStack spacing="extraTight">
      <InlineStack spacing="extraTight" blockAlignment="center">
        <Text>{offer.reason}</Text>
        <OfferAction offer={offer} onAccept={(id) => void session.accept(id)} />
      </InlineStack>
      <LiveRegion visible={offer.error} visibleAppearance="critical" spoken={offer.outcome} />
    </BlockStack>
  );
}
