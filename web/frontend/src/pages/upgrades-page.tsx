import { Banner, BlockStack, Card, Layout, Page, Pagination, Text } from '@shopify/polaris';
import { useState } from 'react';
import { useOverview, useUpgrades } from '../api/queries.js';
import { ErrorBanner } from '../components/error-banner.js';
import { PageSkeleton } from '../components/skeletons.js';
import { FamilyCard } from './family-card.js';

/** Upgrades: tier families (detected or confirmed) and their price steps against the upgrade budget. */
export function UpgradesPage() {
  const [cursors, setCursors] = useState<string[]>([]);
  const upgrades = useUpgrades(cursors.at(-1));
  const overview = useOverview();
  if (upgrades.isPending) return <PageSkeleton title="Upgrades" cards={3} />;
  const data = upgrades.data;
  return (
    <Page
      title="Upgrades"
      subtitle="Products of one line, cheapest first: checkout offers each line the next tier up, within the budget."
    >
      <Layout>
        {upgrades.isError && (
          <Layout.Section>
            <ErrorBanner
              error={upgrades.error}
              title="Could not load tier families"
              onRetry={() => void upgrades.refetch()}
            />
          </Layout.Section>
        )}
        {data && !data.showUpgrades && (
          <Layout.Section>
            <Banner tone="warning" title="Upgrades are switched off in Settings">
              <Text as="p">
                Families are kept, but checkout shows no upgrade prompts until you switch them on.
              </Text>
            </Banner>
          </Layout.Section>
        )}
        <Layout.Section>
          <BlockStack gap="400">
            {data && data.families.length === 0 && (
              <Card>
                <Text as="p" tone="subdued">
                  No tier families found. Tandem groups products of one type and vendor whose titles differ by
                  a size or tier word (Mini, Pro, 500 g…). Variants within one product upgrade by their size
                  option without a family.
                </Text>
              </Card>
            )}
            {data?.families.map((family) => (
              <FamilyCard
                key={family.id}
                family={family}
                currencyCode={overview.data?.currencyCode ?? null}
                budgetPct={data.upgradeBudgetPct}
              />
            ))}
            {(cursors.length > 0 || Boolean(data?.nextCursor)) && (
              <div style={{ display: 'flex', justifyContent: 'center' }}>
                <Pagination
                  hasPrevious={cursors.length > 0}
                  onPrevious={() => setCursors(cursors.slice(0, -1))}
                  hasNext={Boolean(data?.nextCursor)}
                  onNext={() => data?.nextCursor && setCursors([...cursors, data.nextCursor])}
                />
              </div>
            )}
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
