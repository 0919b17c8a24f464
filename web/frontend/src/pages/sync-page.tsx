import { Banner, BlockStack, Card, DataTable, Layout, List, Page, ProgressBar, Text } from '@shopify/polaris';
import { useOverview, useSyncNow, useSyncRuns } from '../api/queries.js';
import { EmptyCard } from '../components/empty-card.js';
import { ErrorBanner } from '../components/error-banner.js';
import { PageSkeleton } from '../components/skeletons.js';
import { SyncStatusBadge } from '../components/sync-status.js';
import { formatDateTime, formatNumber } from '../format.js';
import { DeadWebhooksCard } from './dead-webhooks.js';

/** Sync: the shop's recent runs with status, counts, cost and errors; "Sync now" queues a full sync. */
export function SyncPage() {
  const runs = useSyncRuns();
  const overview = useOverview();
  const syncNow = useSyncNow();
  if (runs.isPending) return <PageSkeleton title="Sync" cards={1} lines={6} />;
  const action = {
    content: 'Sync now',
    loading: syncNow.isPending,
    onAction: () =>
      syncNow.mutate(undefined, {
        onSuccess: () => shopify.toast.show('Sync queued'),
      }),
  };
  const list = runs.data?.runs ?? [];
  const latest = list[0];
  const progress = overview.data?.sync?.run.id === latest?.id ? overview.data?.sync?.percent : null;
  return (
    <Page
      title="Sync"
      subtitle="Tandem copies your catalog and the last 60 days of orders, then follows changes by webhook."
      primaryAction={action}
    >
      <Layout>
        {runs.isError && (
          <Layout.Section>
            <ErrorBanner
              error={runs.error}
              title="Could not load sync runs"
              onRetry={() => void runs.refetch()}
            />
          </Layout.Section>
        )}
        {syncNow.isError && (
          <Layout.Section>
            <ErrorBanner
              error={syncNow.error}
              title="Could not queue a sync"
              onRetry={() => syncNow.mutate()}
            />
          </Layout.Section>
        )}
        {latest && (latest.status === 'running' || latest.status === 'queued') && (
          <Layout.Section>
            <Card>
              <BlockStack gap="200">
                <Text as="h2" variant="headingSm" id="sync-progress">
                  {latest.status === 'queued'
                    ? 'Sync queued'
                    : `Syncing${typeof progress === 'number' ? ` — ${progress}%` : ''}`}
                </Text>
                <ProgressBar
                  progress={typeof progress === 'number' ? progress : 0}
                  size="small"
                  ariaLabelledBy="sync-progress"
                />
              </BlockStack>
            </Card>
          </Layout.Section>
        )}
        <Layout.Section>
          <Card padding="0">
            {list.length === 0 ? (
              <EmptyCard heading="No sync has run yet" action={action}>
                The first sync starts when Tandem is installed. Start one now if it has not.
              </EmptyCard>
            ) : (
              <DataTable
                columnContentTypes={[
                  'text',
                  'text',
                  'text',
                  'text',
                  'numeric',
                  'numeric',
                  'numeric',
                  'numeric',
                ]}
                headings={[
                  'Status',
                  'Kind',
                  'Started',
                  'Finished',
                  'Products',
                  'Orders',
                  'Cost (points)',
                  'Errors',
                ]}
                rows={list.map((run) => [
                  <SyncStatusBadge key="status" status={run.status} />,
                  `${run.kind} · ${run.path}`,
                  formatDateTime(run.startedAt ?? run.createdAt),
                  formatDateTime(run.finishedAt),
                  formatNumber(run.counts['products'] ?? 0),
                  formatNumber(run.counts['orders'] ?? 0),
                  formatNumber(run.costSpent),
                  formatNumber(run.errors.length),
                ])}
              />
            )}
          </Card>
        </Layout.Section>
        {(runs.data?.deadWebhooks.length ?? 0) > 0 && (
          <Layout.Section>
            <DeadWebhooksCard webhooks={runs.data?.deadWebhooks ?? []} />
          </Layout.Section>
        )}
        {latest && latest.errors.length > 0 && (
          <Layout.Section>
            <Banner
              tone={latest.status === 'failed' ? 'critical' : 'warning'}
              title={`The latest run reported ${latest.errors.length} error${latest.errors.length === 1 ? '' : 's'}`}
            >
              <List>
                {latest.errors.slice(0, 10).map((error, index) => (
                  <List.Item key={index}>
                    {error.resourceId ? `${error.resourceId}: ` : ''}
                    {error.message}
                  </List.Item>
                ))}
              </List>
            </Banner>
          </Layout.Section>
        )}
      </Layout>
    </Page>
  );
}
