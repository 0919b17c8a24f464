/** @jsxImportSource preact */
import type { OfferRowProps } from '@tandem/offer-core';
import { OfferAction } from './offer-action.js';

/** One offer: thumbnail, title, reason, price (with compare-at and discount), then its single action. */
export function OfferRow({ offer, onAccept, href, viewLabel }: OfferRowProps) {
  return (
    <s-stack gap="small-200">
      <s-grid gridTemplateColumns={offer.image ? 'auto 1fr auto' : '1fr auto'} gap="base" alignItems="center">
        {offer.image && <s-product-thumbnail src={offer.image.url} alt={offer.image.alt} />}
        <s-stack gap="small-300">
          <s-text type="strong">{offer.title}</s-text>
          {offer.subtitle && <s-text color="subdued">{offer.subtitle}</s-text>}
          {offer.reason && <s-text color="subdued">{offer.reason}</s-text>}
          <s-stack direction="inline" gap="small-200">
            <s-text>{offer.price}</s-text>
            {offer.compareAtPrice && <s-text type="redundant">{offer.compareAtPrice}</s-text>}
            {offer.discount && <s-badge>{offer.discount}</s-badge>}
          </s-stack>
        </s-stack>
        {href !== undefined ? (
          <s-link href={href}>{viewLabel}</s-link>
        ) : (
          <OfferAction offer={offer} onAccept={(id) => onAccept?.(id)} />
        )}
      </s-grid>
      {offer.error && <s-text tone="critical">{offer.error}</s-text>}
    </s-stack>
  );
}
