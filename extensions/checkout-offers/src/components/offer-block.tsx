/** @jsxImportSource preact */
import { blockView, type OfferBlockProps } from '@tandem/offer-core';
import { useSessionState } from '../use-session.js';
import { OfferRow } from './offer-row.js';
import { OfferSkeleton } from './offer-skeleton.js';

/** "Before you pay" block (and the thank-you recommendations): heading, up to 3 offers, "No thanks". */
export function OfferBlock({ session, ...props }: OfferBlockProps) {
  const block = blockView(useSessionState(session), props, session);
  if (block.kind === 'hidden') return null;
  if (block.kind === 'loading') return <OfferSkeleton rows={block.rows} />;
  return (
    <s-stack gap="base">
      <s-heading>{block.view.heading}</s-heading>
      {block.rows.map((row) => (
        <OfferRow key={row.offer.offerId} {...row} />
      ))}
      {block.view.notice && <s-text tone="neutral">{block.view.notice}</s-text>}
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
