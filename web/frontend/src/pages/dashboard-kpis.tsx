import {
  Banner,
  BlockStack,
  Card,
  DataTable,
  InlineGrid,
  InlineStack,
  ProgressBar,
  Text,
} from '@shopify/polaris';
import type { KpiReport } from '../api/queries.js';
import { DailyChart } from '../components/daily-chart.js';
import { MetricCard } from '../components/metric-card.js';
import { formatMinor, formatNumber } from '../format.js';

const pct = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);
const signed = (value: number) =>
  `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value * 100).toFixed(1)}%`;

function liftText(lift: KpiReport['lift']['revenuePerEligibleCheckout']): string {
  return lift === null
    ? 'not enough data for a lift yet'
    : `${signed(lift.estimate)} (95% CI ${signed(lift.low)} to ${signed(lift.high)})`;
}

// Merchants should know which figures anyone could have influenced: the comparison is Shopify's, the funnel the
// browsers'.
const SOURCE_SHOPIFY =
  'Reported by Shopify: checkouts and orders come from Shopify’s signed notifications (or, for one that never arrived, from Shopify’s Admin API), and each checkout’s group (offers or holdout) is worked out on our server, never taken from the browser.';
const SOURCE_BROWSERS =
  'Reported by shoppers’ browsers: counted only for checkouts Shopify reported, each offer once per place it was shown, and at most a set number of each kind of event per checkout. Browsers that block tracking send nothing, so these are lower bounds.';

const VERDICT_TONE = {
  'not-enough-data': 'info',
  'likely-positive': 'success',
  'likely-negative': 'critical',
  'no-clear-difference': 'info',
} as const;

/** The measured effect: attributed revenue, attach rate, click-through, and treatment against the holdout. */
export function DashboardKpis({ report }: { report: KpiReport & { readonly pendingDays?: number } }) {
  const money = (minor: number | null) => (minor === null ? '—' : formatMinor(minor, report.currency));
  const { treatment, control } = report.arms;
  const funnelMax = Math.max(1, treatment.impressions);
  return (
    <BlockStack gap="400">
      <Banner tone={VERDICT_TONE[report.verdict.kind]} title="What Tandem adds">
        <Text as="p">{report.verdict.message}</Text>
        {report.pendingDays ? (
          <Text as="p" tone="subdued">
            {`${report.pendingDays} day${report.pendingDays === 1 ? ' is' : 's are'} being updated in the background; reload in a moment.`}
          </Text>
        ) : null}
      </Banner>
      <InlineGrid columns={{ xs: 1, sm: 2, md: 4 }} gap="400">
        <MetricCard
          label="Attributed revenue"
          value={money(report.attributed.revenueMinor)}
          detail={`${formatNumber(report.attributed.byKind.xsell.orders)} cross-sell · ${formatNumber(report.attributed.byKind.upgrade.orders)} upgrade orders`}
        />
        <MetricCard
          label="Attach rate"
          value={pct(treatment.attachRate)}
          detail={`of ${formatNumber(treatment.orders)} orders took an offer`}
        />
        <MetricCard
          label="Offer click-through"
          value={pct(treatment.offerCtr)}
          detail={`${formatNumber(treatment.adds + treatment.upgrades)} adds of ${formatNumber(treatment.impressions)} impressions (from shoppers' browsers)`}
        />
        <MetricCard
          label="Revenue per eligible checkout"
          value={money(treatment.revenuePerEligibleCheckoutMinor)}
          detail={`holdout ${money(control.revenuePerEligibleCheckoutMinor)}`}
        />
      </InlineGrid>
      <Card>
        <BlockStack gap="300">
          <Text as="h2" variant="headingMd">
            Treatment vs holdout
          </Text>
          <DataTable
            columnContentTypes={['text', 'numeric', 'numeric']}
            headings={['', 'Shown offers', 'Holdout (no offers)']}
            rows={[
              [
                'Eligible checkouts',
                formatNumber(treatment.eligibleCheckouts),
                formatNumber(control.eligibleCheckouts),
              ],
              ['Conversion rate', pct(treatment.conversionRate), pct(control.conversionRate)],
              ['Average order value', money(treatment.aovMinor), money(control.aovMinor)],
              [
                'Revenue per eligible checkout',
                money(treatment.revenuePerEligibleCheckoutMinor),
                money(control.revenuePerEligibleCheckoutMinor),
              ],
              ['Repeat purchase (offer takers)', pct(treatment.repeatPurchaseRate), '—'],
            ]}
          />
          <Text as="p">
            Lift in revenue per eligible checkout: {liftText(report.lift.revenuePerEligibleCheckout)}
          </Text>
          <Text as="p" tone="subdued">
            Lift in conversion: {liftText(report.lift.conversion)}
          </Text>
          <Text as="p" variant="bodySm" tone="subdued">
            {SOURCE_SHOPIFY}
          </Text>
        </BlockStack>
      </Card>
      <InlineGrid columns={{ xs: 1, md: ['twoThirds', 'oneThird'] }} gap="400">
        <Card>
          <DailyChart
            title="Revenue per eligible checkout, by day"
            days={report.days.map((day) => day.day)}
            series={[
              {
                label: 'Shown offers',
                color: '#2c6ecb',
                values: report.days.map((day) => day.treatment.revenuePerEligibleCheckoutMinor),
              },
              {
                label: 'Holdout',
                color: '#8a8a8a',
                values: report.days.map((day) => day.control.revenuePerEligibleCheckoutMinor),
              },
            ]}
            format={(value) => formatMinor(Math.round(value), report.currency)}
          />
        </Card>
        <Card>
          <BlockStack gap="300">
            <Text as="h3" variant="headingSm">
              Offer funnel
            </Text>
            {[
              ['Impressions', treatment.impressions],
              ['Added', treatment.adds],
              ['Upgraded', treatment.upgrades],
              ['Dismissed', treatment.dismissals],
            ].map(([label, value]) => (
              <BlockStack key={label} gap="100">
                {/* The bar is named by its label and count, so a screen reader reads "Added 12" with it. */}
                <InlineStack align="space-between">
                  <Text as="span" id={`funnel-${String(label).toLowerCase()}`}>
                    {label}
                  </Text>
                  <Text as="span" numeric id={`funnel-${String(label).toLowerCase()}-count`}>
                    {formatNumber(value as number)}
                  </Text>
                </InlineStack>
                <ProgressBar
                  progress={((value as number) / funnelMax) * 100}
                  size="small"
                  tone="primary"
                  ariaLabelledBy={`funnel-${String(label).toLowerCase()} funnel-${String(label).toLowerCase()}-count`}
                />
              </BlockStack>
            ))}
            <Text as="p" variant="bodySm" tone="subdued">
              {SOURCE_BROWSERS}
            </Text>
          </BlockStack>
        </Card>
      </InlineGrid>
    </BlockStack>
  );
}
