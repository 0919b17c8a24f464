import { BlockStack, InlineLayout, SkeletonImage, SkeletonText } from '@shopify/ui-extensions-react/checkout';

/** Same rows and thumbnail size as the loaded block, so nothing shifts when prices arrive. */
export function OfferSkeleton({ rows }: { readonly rows: number }) {
  return (
    <BlockStack spacing="base">
      <SkeletonText inlineSize="large" />
      {Array.from({ length: rows }, (_, index) => (
        <InlineLayout key={index} columns={['auto', 'fill', 'auto']} spacing="base" blockAlignment="center">
          <SkeletonImage inlineSize={64} blockSize={64} />
          <SkeletonText />
          <SkeletonText inlineSize="small" />
        </InlineLayout>
      ))}
    </BlockStack>
  );
}
