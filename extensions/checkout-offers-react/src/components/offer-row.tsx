import {
  Badge,
  BlockStack,
  InlineLayout,
  InlineStack,
  Link,
  ProductThumbnail,
  Text,
} from '@shopify/ui-extensions-react/checkout';
import type { OfferRowProps } from '@tandem/offer-core';
import { OfferAction } from './offer-action.js';

/** One offer: thumbnail, title, reason, price (with compare-at and discount), then its single action. */
export function OfferRow({ offer, onAccept, href, viewLabel }: OfferRowProps) {
  return (
    <BlockStack spacing="extraTight">
      <InlineLayout
        columns={offer.image ? ['auto', 'fill', 'auto'] : ['fill', 'auto']}
        spacing="base"
        blockAlignment="center"
      >
        {offer.image && (
          <ProductThumbnail source={offer.image.url} accessibilityDescription={offer.image.alt} />
        )}
        <BlockStack spacing="extraTight">
          <Text emphasis="bold">{offer.title}</Text>
          {offer.subtitle && <Text appearance="subdued">{offer.subtitle}</Text>}
          {offer.reason && <Text appearance="subdued">{offer.reason}</Text>}
          <InlineStack spacing="extraTight">
            <Text>{offer.price}</Text>
            {offer.compareAtPrice && <Text accessibilityRole="deletion">{offer.compareAtPrice}</Text>}
            {offer.discount && <Badge>{offer.discount}</Badge>}
          </InlineStack>
        </BlockStack>
        {href !== undefined ? (
          <Link to={href}>{viewLabel}</Link>
        ) : (
          <OfferAction offer={offer} onAccept={(id) => onAccept?.(id)} />
        )}
      </InlineLayout>
      {offer.error && <Text appearance="critical">{offer.error}</Text>}
    </BlockStack>
  );
}
