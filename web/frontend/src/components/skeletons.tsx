import {
  BlockStack,
  Card,
  Layout,
  SkeletonBodyText,
  SkeletonDisplayText,
  SkeletonPage,
} from '@shopify/polaris';

/** Placeholder with the page's final frame (title, cards), so content swaps in without moving anything. */
export function PageSkeleton({
  title,
  cards = 2,
  lines = 4,
}: {
  title: string;
  cards?: number;
  lines?: number;
}) {
  return (
    <SkeletonPage title={title} primaryAction>
      <Layout>
        {Array.from({ length: cards }, (_, index) => (
          <Layout.Section key={index}>
            <CardSkeleton lines={lines} />
          </Layout.Section>
        ))}
      </Layout>
    </SkeletonPage>
  );
}

export function CardSkeleton({ lines = 4 }: { lines?: number }) {
  return (
    <Card>
      <BlockStack gap="400">
        <SkeletonDisplayText size="small" />
        <SkeletonBodyText lines={lines} />
      </BlockStack>
    </Card>
  );
}
