/** @jsxImportSource preact */
import { blockView, type OfferBlockProps } from '@tandem/offer-core';
import { useSessionState } from '../use-session.js';
import { LiveRegion } from './live-region.js';
import { OfferRow } from './offer-row.js';
import { OfferSkeleton } from './offer-skeleton.js';

/** "Before you pay" block (and the thank-you recommendations): heading, up to 3 offers, "No thanks". */
export function OfferBlock({ session, ...props }: OfferBlockProps) {
  const block = blockView(useSessionState(session), props, session);
  if (block.kind === 'hidden') return null;
  // The same keyed live region as before "No thanks", so its new text is announced.
  if (block.kind === 'dismissed')
    return (
      <s-stack gap="base">
        <LiveRegion key="live" visible={block.note} />
      </s-stack>
    );
  if (block.kind === 'loading') return <OfferSkeleton rows={block.rows} />;
  return (
    <s-stack gap="base">
      <s-heading>{block.view.heading}</s-heading>
      {block.rows.map((row) => (
        <OfferRow key={row.offer.offerId} {...row} />
      ))}
      <LiveRegion key="live" visible={block.view.notice} spoken={block.view.announcement} />
      {block.dismissible && (
        <s-stack direction="inline" justifyContent="end">
          <s-button variant="secondary" onClick={() => void session.dismiss()}>
            {block.view.dismissLabel}
          </s-button>
        </s-stack>
      )}
    </s-stack>
  );
}
