import { Badge, BlockStack, Card, DataTable, InlineStack, Text } from '@shopify/polaris';
import type { OfferModelResponse } from '@tandem/web/api-contract/index';
import { useOfferModel } from '../api/queries.js';
import { EmptyCard } from '../components/empty-card.js';
import { ErrorBanner } from '../components/error-banner.js';
import { CardSkeleton } from '../components/skeletons.js';

type Report = NonNullable<OfferModelResponse['report']>;
type Scored = Extract<Report['selection'], { candidates: unknown }>;

const HEADING = 'Would these offers have been bought?';
const count = (value: number): string => value.toLocaleString('en-US');
/** A hit rate in percent as "x in 100", rounded to whole shoppers. */
const inHundred = (percent: number): string => `${Math.round(percent)} in 100`;

/**
 * "Would these offers have been bought?": on the shop's newest orders, held out while the model learned, how
 * often the offers contained what the customer actually bought with the rest of the order — for the published
 * model beside the rules a merchant knows — and which model was picked, on how many orders, when and why.
 */
export function OfferQualityCard() {
  return (
    <section aria-label={HEADING}>
      <OfferQuality />
    </section>
  );
}

function OfferQuality() {
  const model = useOfferModel();
  if (model.isError)
    return (
      <ErrorBanner
        error={model.error}
        title="Could not load how the offers were tested"
        onRetry={() => void model.refetch()}
      />
    );
  if (!model.data) return <CardSkeleton lines={5} />;
  const { report } = model.data;
  if (!report)
    return (
      <Card>
        <EmptyCard heading={HEADING}>
          Tandem tests its offers on your newest orders each time it learns from your history. The first test
          runs after the first sync of your orders.
        </EmptyCard>
      </Card>
    );
  const { selection } = report;
  if (selection.kind === 'too_little_history')
    return (
      <Card>
        <EmptyCard heading={HEADING}>
          Not enough order history to test yet: {count(selection.split.validationOrders)} recent orders gave{' '}
          {count(selection.split.cases)} items to check, and a fair comparison needs more. Until then checkout
          uses the default model ({selection.chosen.label}).
        </EmptyCard>
      </Card>
    );
  return <QualityTable report={report} selection={selection} />;
}

function QualityTable({ report, selection }: { report: Report; selection: Scored }) {
  const chosen = selection.candidates.find((candidate) => candidate.id === selection.chosen.id);
  const rows = [
    ...(chosen ? [{ ...chosen, label: `Tandem — ${chosen.label}` }] : []),
    ...selection.baselines,
  ].map((row) => [row.label, inHundred(row.hr3), inHundred(row.hr10)]);
  const when = new Date(report.computedAt).toLocaleString('en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <Card>
      <BlockStack gap="300">
        <InlineStack align="space-between" blockAlign="center">
          <Text as="h2" variant="headingMd">
            {HEADING}
          </Text>
          <Badge tone={selection.kind === 'selected' ? 'info' : 'success'}>
            {selection.kind === 'selected' ? 'Model switched for your shop' : 'Default model kept'}
          </Badge>
        </InlineStack>
        <Text as="p">
          We hid your newest {count(selection.split.validationOrders)} orders while learning from the{' '}
          {count(selection.split.trainOrders)} before them, then asked each model what goes with the rest of
          each order. Of every 100 items customers really bought, this many were among the offers:
        </Text>
        <DataTable
          columnContentTypes={['text', 'numeric', 'numeric']}
          headings={['Offers from', 'In the first 3 shown', 'In the first 10']}
          rows={rows}
        />
        <Text as="p" tone="subdued">
          Picked: {selection.chosen.label}, because {selection.reason}. Checkout uses it as learned from all{' '}
          {count(report.orders)} orders; tested {when}.
        </Text>
      </BlockStack>
    </Card>
  );
}
