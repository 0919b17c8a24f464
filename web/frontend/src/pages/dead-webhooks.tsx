import { Banner, BlockStack, Button, Card, DataTable, Text } from '@shopify/polaris';
import type { DeadWebhook } from '@tandem/web/api-contract/index';
import { useRetryWebhook } from '../api/queries.js';
import { ErrorBanner } from '../components/error-banner.js';
import { formatDateTime, formatNumber } from '../format.js';

/**
 * Webhooks whose processing failed on every try (dead letters): Tandem stops retrying them on its own, so the
 * merchant (or support) sees them here and retries once the cause is fixed. The 6-hourly sync also catches up.
 */
export function DeadWebhooksCard({ webhooks }: { readonly webhooks: readonly DeadWebhook[] }) {
  const retry = useRetryWebhook();
  if (webhooks.length === 0) return null;
  return (
    <Card padding="0">
      <BlockStack gap="200">
        <div style={{ padding: 'var(--p-space-400) var(--p-space-400) 0' }}>
          <BlockStack gap="200">
            <Text as="h2" variant="headingSm">
              {`${formatNumber(webhooks.length)} webhook${webhooks.length === 1 ? '' : 's'} could not be processed`}
            </Text>
            <Banner tone="warning">
              Each was tried {formatNumber(webhooks[0]?.failures ?? 0)} times with growing pauses. Retry once
              the error below is resolved; the next scheduled sync also brings the data up to date.
            </Banner>
            {retry.isError && (
              <ErrorBanner
                error={retry.error}
                title="Could not queue the retry"
                onRetry={() => retry.variables !== undefined && retry.mutate(retry.variables)}
              />
            )}
          </BlockStack>
        </div>
        <DataTable
          columnContentTypes={['text', 'text', 'text', 'numeric', 'text']}
          headings={['Topic', 'Received', 'Last error', 'Tries', '']}
          rows={webhooks.map((webhook) => [
            webhook.topic,
            formatDateTime(webhook.receivedAt),
            webhook.lastError ?? '',
            formatNumber(webhook.failures),
            <Button
              key="retry"
              size="slim"
              loading={retry.isPending && retry.variables === webhook.webhookId}
              onClick={() =>
                retry.mutate(webhook.webhookId, {
                  onSuccess: () => shopify.toast.show('Webhook queued again'),
                })
              }
            >
              Retry
            </Button>,
          ])}
        />
      </BlockStack>
    </Card>
  );
}
