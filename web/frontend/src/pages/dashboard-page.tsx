import {
  Banner,
  BlockStack,
  Card,
  InlineGrid,
  Layout,
  Page,
  ProgressBar,
  Select,
  Text,
} from '@shopify/polaris';
import type { OverviewResponse } from '@tandem/web/api-contract/overview';
import { ApiError } from '../api/client.js';
import { dayRange, useKpis, useOverview } from '../api/queries.js';
import { ErrorBanner } from '../components/error-banner.js';
import { DashboardBillingNotices } from '../components/billing-notices.js';
import { MetricCard } from '../components/metric-card.js';
import { SetupChecklist } from '../components/setup-checklist.js';
import { CardSkeleton, PageSkeleton } from '../components/skeletons.js';
import { formatDateTime, formatNumber } from '../format.js';
import { navigate, useSearchParam } from '../router.js';
import { DashboardKpis } from './dashboard-kpis.js';

const RANGES = [
  { label: 'Last 7 days', value: '7' },
  { label: 'Last 30 days', value: '30' },
  { label: 'Last 90 days', value: '90' },
];

function FirstSync({ overview }: { overview: OverviewResponse }) {
  const percent = overview.sync?.percent ?? null;
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd" id="first-sync-progress">
          {overview.sync?.run.status === 'failed'
            ? 'The first sync failed — see Sync'
            : `First sync running${percent === null ? '' : ` — ${percent}%`}`}
        </Text>
        <Text as="p" tone="subdued">
          Tandem is copying your catalog and recent orders to learn what sells together. Offers appear at
          checkout when it finishes.
        </Text>
        <ProgressBar progress={percent ?? 0} size="small" ariaLabelledBy="first-sync-progress" />
      </BlockStack>
    </Card>
  );
}

/**
 * The latest sync failed after an earlier one succeeded: checkout keeps the offers learnt before, so the shop still
 * works, but it learns nothing new until a sync succeeds again. (A failed first sync is the FirstSync card's.)
 */
function SyncFailed({ overview }: { overview: OverviewResponse }) {
  const run = overview.sync?.run;
  if (run?.status !== 'failed' || overview.lastSucceededAt === null) return null;
  const reason = run.errors.at(-1)?.message;
  return (
    <Banner
      tone="critical"
      title="The last sync failed"
      action={{ content: 'Open Sync', onAction: () => navigate('/sync') }}
    >
      <Text as="p">
        {`${run.finishedAt ? `On ${formatDateTime(run.finishedAt)}: ` : ''}${reason ?? 'no reason was recorded'}. `}
        {`Checkout keeps the offers from the last good sync (${formatDateTime(overview.lastSucceededAt)}) until one succeeds again.`}
      </Text>
    </Banner>
  );
}

function StoreFacts({ overview }: { overview: OverviewResponse }) {
  return (
    <InlineGrid columns={{ xs: 1, sm: 2, md: 4 }} gap="400">
      <MetricCard
        label="Products synced"
        value={formatNumber(overview.products)}
        detail={`last sync ${formatDateTime(overview.lastSucceededAt)}`}
      />
      <MetricCard label="Orders learned from" value={formatNumber(overview.orders)} detail="last 60 days" />
      <MetricCard
        label="Offer lists waiting to publish"
        value={formatNumber(overview.pendingOfferLists)}
        detail={overview.pendingOfferLists === 0 ? 'checkout is up to date' : 'queued for checkout'}
      />
      <MetricCard
        label="Your rules"
        value={formatNumber(overview.rules)}
        detail="pins, exclusions, pairings"
      />
    </InlineGrid>
  );
}

/** Dashboard: is it working (sync, offers), what did it earn (measurement), against the holdout. */
export function DashboardPage() {
  const [rangeParam, setRange] = useSearchParam('range');
  const range = RANGES.some((option) => option.value === rangeParam) ? (rangeParam as string) : '30';
  const { from, to } = dayRange(Number(range));
  const overview = useOverview();
  const kpis = useKpis(from, to);
  if (overview.isPending) return <PageSkeleton title="Dashboard" cards={3} />;
  const measurementMissing = kpis.error instanceof ApiError && kpis.error.status === 404;
  const firstSync = overview.data && overview.data.lastSucceededAt === null;
  return (
    <Page
      title="Dashboard"
      secondaryActions={
        <Select
          label="Date range"
          labelHidden
          options={RANGES}
          value={range}
          onChange={(value) => setRange(value === '30' ? null : value)}
        />
      }
    >
      <Layout>
        {overview.isError && (
          <Layout.Section>
            <ErrorBanner
              error={overview.error}
              title="Could not load the shop overview"
              onRetry={() => void overview.refetch()}
            />
          </Layout.Section>
        )}
        {overview.data && !firstSync && overview.data.sync?.run.status === 'failed' && (
          <Layout.Section>
            <SyncFailed overview={overview.data} />
          </Layout.Section>
        )}
        {overview.data && firstSync && (
          <Layout.Section>
            <FirstSync overview={overview.data} />
          </Layout.Section>
        )}
        <DashboardBillingNotices />
        <Layout.Section>
          <SetupChecklist />
        </Layout.Section>
        {overview.data && (
          <Layout.Section>
            <StoreFacts overview={overview.data} />
          </Layout.Section>
        )}
        {/* Last on the page: results arrive after the store facts, and growing at the bottom moves nothing. */}
        <Layout.Section>
          {kpis.data ? (
            <DashboardKpis report={kpis.data} />
          ) : measurementMissing ? (
            <Banner tone="info" title="Measurement is not available on this server yet">
              <Text as="p">Revenue, attach rate and lift appear here once the measurement service runs.</Text>
            </Banner>
          ) : kpis.isError ? (
            <ErrorBanner
              error={kpis.error}
              title="Could not load the results"
              onRetry={() => void kpis.refetch()}
            />
          ) : (
            <CardSkeleton lines={6} />
          )}
        </Layout.Section>
      </Layout>
    </Page>
  );
}
