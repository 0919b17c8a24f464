import { BlockStack, Button, Heading, InlineLayout, Text } from '@shopify/ui-extensions-react/checkout';
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
    <BlockStack spacing="base">
      <Heading level={2}>{block.view.heading}</Heading>
      {block.rows.map((row) => (
        <OfferRow key={row.offer.offerId} {...row} />
      ))}
      {block.view.notice && <Text appearance="subdued">{block.view.notice}</Text>}
      {block.dismissible && (
        <InlineLayout columns={['fill', 'auto']}>
          <BlockStack />
          <Button kind="secondary" onPress={() => void session.dismiss()}>
            {block.view.dismissLabel}
          </Button>
        </InlineLayout>
      )}
    </BlockStack>
  );
}
