import {
  Badge,
  BlockStack,
  Button,
  Card,
  DataTable,
  InlineStack,
  Layout,
  Page,
  ProgressBar,
  Text,
  TextField,
} from '@shopify/polaris';
import type { BillingChangeResponse, BillingResponse } from '@tandem/web/api-contract/index';
import { useState } from 'react';
import { useBilling, useCancelPlan, useSubscribe } from '../api/billing-queries.js';
import { BillingNotices } from '../components/billing-notices.js';
import { ErrorBanner } from '../components/error-banner.js';
import { apiFieldErrors } from '../components/field-errors.js';
import { PageSkeleton } from '../components/skeletons.js';
import { formatDateTime, formatMinor, formatNumber } from '../format.js';

const REASONS: Record<BillingResponse['refused'][number]['reason'], string> = {
  cap: 'Monthly cap reached',
  inactive: 'Plan no longer active',
  other: 'Refused by Shopify',
};

/** Shopify's confirmation page is outside the app: App Bridge opens it in the top frame (the whole admin). */
function toConfirmation(url: string): void {
  window.open(url, '_top');
}

function afterChange(result: BillingChangeResponse): void {
  if (result.kind === 'confirm') toConfirmation(result.confirmationUrl);
  else if (result.kind === 'refused')
    shopify.toast.show(`Shopify refused: ${result.message}`, { isError: true });
  else if (result.kind === 'cancelled') shopify.toast.show('Growth cancelled; the shop is on Free');
  else if (result.kind === 'unchanged') shopify.toast.show('You are already on this plan');
}

/**
 * Plan: what the shop pays through Shopify — the current plan, this period's orders that took an offer and the
 * usage charged against the cap, the next charge, and the way to upgrade, change the cap or downgrade (each through
 * Shopify's confirmation page). Offers never stop over billing; the banners say what the merchant should do.
 */
export function PlanPage() {
  const billing = useBilling();
  const subscribe = useSubscribe();
  const cancel = useCancelPlan();
  const [cap, setCap] = useState<string | null>(null);
  if (billing.isPending) return <PageSkeleton title="Plan" cards={3} lines={4} />;
  if (billing.isError || !billing.data)
    return (
      <Page title="Plan">
        <ErrorBanner
          error={billing.error}
          title="Could not load your plan"
          onRetry={() => void billing.refetch()}
        />
      </Page>
    );
  const view = billing.data;
  const money = (minor: number) => formatMinor(minor, view.currency);
  const growth = view.plans.growth;
  const onGrowth = view.plan === 'growth';
  const capValue = cap ?? ((view.usage.cappedMinor ?? growth.defaultCapMinor) / 100).toFixed(2);
  const capError = apiFieldErrors(subscribe.error)['cappedAmount'];
  return (
    <Page
      title="Plan"
      subtitle="Tandem charges through Shopify: charges appear on your Shopify bill, and you approve every plan change there."
    >
      <Layout>
        <Layout.Section>
          <BillingNotices notices={view.notices} onPlanPage />
        </Layout.Section>
        {(subscribe.isError || cancel.isError) && (
          <Layout.Section>
            <ErrorBanner error={subscribe.error ?? cancel.error} title="The plan could not be changed" />
          </Layout.Section>
        )}
        <Layout.Section variant="oneHalf">
          <Card>
            <BlockStack gap="200">
              <InlineStack gap="200" blockAlign="center">
                <Text as="h2" variant="headingMd">
                  {onGrowth ? 'Growth' : 'Free'}
                </Text>
                <Badge tone={onGrowth ? 'success' : 'info'}>Current plan</Badge>
                {view.test && <Badge>Test charges</Badge>}
              </InlineStack>
              <Text as="p" tone="subdued">
                {onGrowth
                  ? `${money(view.nextCharge?.recurringMinor ?? 0)} every 30 days, ${formatNumber(view.usage.allowance)} orders that took an offer included, then a usage charge per order up to your cap, as you approved.`
                  : `Everything Tandem does, for up to ${formatNumber(view.plans.freeOrdersPerMonth)} orders that took an offer a month.`}
              </Text>
              <Text as="p">
                This period: {formatDateTime(view.period.start)} – {formatDateTime(view.period.end)}
              </Text>
              {view.trialEndsAt && <Text as="p">Free trial until {formatDateTime(view.trialEndsAt)}.</Text>}
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section variant="oneHalf">
          <Card>
            <BlockStack gap="200">
              <Text as="h2" variant="headingMd">
                Next charge
              </Text>
              {view.nextCharge ? (
                <>
                  <Text as="p" variant="headingLg">
                    {money(view.nextCharge.recurringMinor + view.nextCharge.usageMinor)}
                  </Text>
                  <Text as="p" tone="subdued">
                    {money(view.nextCharge.recurringMinor)} plan + {money(view.nextCharge.usageMinor)} usage,
                    on {formatDateTime(view.nextCharge.at)}
                  </Text>
                </>
              ) : (
                <Text as="p">Nothing: the Free plan has no charges.</Text>
              )}
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section>
          <Card>
            <BlockStack gap="300">
              <Text as="h2" variant="headingMd">
                Orders that took an offer this period
              </Text>
              <Text as="p">
                {formatNumber(view.usage.orders)} orders ({formatNumber(view.usage.includedOrders)} of{' '}
                {formatNumber(view.usage.allowance)} included
                {view.usage.chargedOrders > 0 ? `, ${formatNumber(view.usage.chargedOrders)} charged` : ''}
                {view.usage.unbilledOrders > 0
                  ? `, ${formatNumber(view.usage.unbilledOrders)} past the Free limit`
                  : ''}
                {view.usage.refusedOrders > 0
                  ? `, ${formatNumber(view.usage.refusedOrders)} not charged`
                  : ''}
                ). Holdout orders never count.
              </Text>
              {view.usage.cappedMinor !== null && view.usage.balanceUsedMinor !== null && (
                <BlockStack gap="100">
                  <Text as="p" id="usage-cap">
                    Usage {money(view.usage.balanceUsedMinor)} of your {money(view.usage.cappedMinor)} monthly
                    cap
                  </Text>
                  <ProgressBar
                    progress={Math.min(
                      100,
                      (view.usage.balanceUsedMinor / Math.max(1, view.usage.cappedMinor)) * 100,
                    )}
                    size="small"
                    ariaLabelledBy="usage-cap"
                  />
                </BlockStack>
              )}
            </BlockStack>
          </Card>
        </Layout.Section>
        {view.refused.length > 0 && (
          <Layout.Section>
            <Card padding="0">
              <DataTable
                columnContentTypes={['text', 'text', 'text', 'text']}
                headings={['Order', 'Not charged because', "Shopify's answer", 'When']}
                rows={view.refused.map((row) => [
                  row.orderId.split('/').pop() ?? row.orderId,
                  REASONS[row.reason],
                  row.message ?? '—',
                  formatDateTime(row.at),
                ])}
              />
            </Card>
          </Layout.Section>
        )}
        <Layout.Section>
          <Card>
            <BlockStack gap="300">
              <Text as="h2" variant="headingMd">
                {onGrowth ? 'Change your plan' : 'Upgrade to Growth'}
              </Text>
              <Text as="p">
                Growth: {money(growth.recurringMinor)} every 30 days with{' '}
                {formatNumber(growth.includedOrders)} orders that took an offer included, then{' '}
                {money(growth.perOrderMinor)} per order up to the monthly cap you set
                {growth.trialDays > 0 && !onGrowth ? `; ${growth.trialDays}-day free trial` : ''}. Past the
                cap, offers keep working and nothing more is charged.
              </Text>
              {view.confirmationUrl && (
                <InlineStack gap="200" blockAlign="center">
                  <Text as="p">A plan change is waiting for your approval.</Text>
                  <Button onClick={() => toConfirmation(view.confirmationUrl ?? '')}>
                    Continue to Shopify's confirmation
                  </Button>
                </InlineStack>
              )}
              <InlineStack gap="300" blockAlign="end">
                <TextField
                  label={`Monthly usage cap (${view.currency})`}
                  type="number"
                  value={capValue}
                  onChange={setCap}
                  autoComplete="off"
                  min={growth.minCapMinor / 100}
                  max={growth.maxCapMinor / 100}
                  step={1}
                  {...(capError ? { error: capError } : {})}
                />
                <Button
                  variant="primary"
                  loading={subscribe.isPending}
                  onClick={() =>
                    subscribe.mutate(
                      { cappedAmount: Number(capValue).toFixed(2) },
                      { onSuccess: afterChange },
                    )
                  }
                >
                  {onGrowth ? 'Change cap' : 'Upgrade to Growth'}
                </Button>
                {onGrowth && (
                  <Button
                    tone="critical"
                    loading={cancel.isPending}
                    onClick={() => cancel.mutate(undefined, { onSuccess: afterChange })}
                  >
                    Downgrade to Free
                  </Button>
                )}
              </InlineStack>
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
