import { Box, BlockStack, Button, Text } from '@shopify/polaris';
import type { ReactNode } from 'react';

/** An empty list: what is missing, why, and the one action that fills it. */
export function EmptyCard({
  heading,
  children,
  action,
}: {
  heading: string;
  children: ReactNode;
  action?: { content: string; onAction: () => void; loading?: boolean };
}) {
  return (
    <Box padding="600">
      <BlockStack gap="300" inlineAlign="center">
        <Text as="h2" variant="headingMd" alignment="center">
          {heading}
        </Text>
        <Text as="p" tone="subdued" alignment="center">
          {children}
        </Text>
        {action && (
          <Button variant="primary" onClick={action.onAction} loading={action.loading ?? false}>
            {action.content}
          </Button>
        )}
      </BlockStack>
    </Box>
  );
}
