/** @jsxImportSource preact */
import { upgradeView, type UpgradePromptProps } from '@tandem/offer-core';
import { useSessionState } from '../use-session.js';
import { LiveRegion } from './live-region.js';
import { OfferAction } from './offer-action.js';

/** Under one cart line: "€4.20 more for 500 g" and an Upgrade button; the line changes in place. */
export function UpgradePrompt({ session, ...props }: UpgradePromptProps) {
  const offer = upgradeView(useSessionState(session), { session, ...props });
  if (offer === undefined) return null;
  if (offer === 'loading') return <s-skeleton-paragraph />;
  return (
    <s-stack gap="small-200">
      <s-stack direction="inline" gap="small-200" alignItems="center">
        <s-text>{offer.reason}</s-text>
        <OfferAction offer={offer} onAccept={(id) => void session.accept(id)} />
      </s-stack>
      <LiveRegion visible={offer.error} visibleTone="critical" spoken={offer.outcome} />
    </s-stack>
  );
}
