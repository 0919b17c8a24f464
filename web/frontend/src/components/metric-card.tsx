import { BlockStack, Card, Text } from '@shopify/polaris';
import type { ReactNode } from 'react';

/** One headline figure with its label and a line of context; fixed structure so loading never shifts layout. */
export function MetricCard({ label, value, detail }: { label: string; value: string; detail?: ReactNode }) {
  return (
    <Card>
      <BlockStack gap="100">
        <Text as="h3" variant="bodySm" tone="subdued">
          {label}
        </Text>
        <Text as="p" variant="headingLg">
          {value}
        </Text>
        <Text as="p" variant="bodySm" tone="subdued">
          {detail ?? '\u00a0'}
        </Text>
      </BlockStack>
    </Card>
  );
}
