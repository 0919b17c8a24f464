import {
  Badge,
  BlockStack,
  Button,
  Card,
  DataTable,
  Layout,
  Modal,
  Page,
  Pagination,
  SkeletonBodyText,
  Text,
} from '@shopify/polaris';
import type { DiscountView } from '@tandem/web/api-contract/discounts';
import { useState } from 'react';
import { useDeleteDiscount, useDiscounts } from '../api/queries.js';
import { ErrorBanner } from '../components/error-banner.js';
import { formatDateTime } from '../format.js';
import { DiscountForm } from './discount-form.js';

const STATUS_TONE = { active: 'success', scheduled: 'info', expired: 'enabled' } as const;

function deal(discount: DiscountView): string {
  return `Buy ${discount.buyQuantity} × ${discount.buyProductTitle ?? 'deleted product'}, get ${discount.getQuantity} × ${discount.getProductTitle ?? 'deleted product'} at ${discount.percentOff}% off`;
}

function stacking(discount: DiscountView): string {
  const kinds = [
    discount.combinesWith.productDiscounts && 'product',
    discount.combinesWith.orderDiscounts && 'order',
    discount.combinesWith.shippingDiscounts && 'shipping',
  ].filter(Boolean);
  return kinds.length === 0 ? 'Stacks with nothing' : `Stacks with ${kinds.join(', ')} discounts`;
}

/** Discounts: Tandem's bundle discounts ("buy X, get Y at N% off"); removing one deletes it in Shopify. */
export function DiscountsPage() {
  const [cursors, setCursors] = useState<string[]>([]);
  const discounts = useDiscounts(cursors.at(-1));
  const remove = useDeleteDiscount();
  const [confirming, setConfirming] = useState<DiscountView | null>(null);
  const items = discounts.data?.items ?? [];
  return (
    <Page
      title="Discounts"
      subtitle="Give a bundle advantage: the offer shows the discounted price, Shopify applies it automatically."
    >
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            {discounts.isError && (
              <ErrorBanner
                error={discounts.error}
                title="Could not load discounts"
                onRetry={() => void discounts.refetch()}
              />
            )}
            {remove.isError && <ErrorBanner error={remove.error} title="The discount was not removed" />}
            <Card padding="0">
              {discounts.isPending ? (
                <div style={{ padding: 'var(--p-space-400)' }}>
                  <SkeletonBodyText lines={2} />
                </div>
              ) : items.length === 0 ? (
                <div style={{ padding: 'var(--p-space-400)' }}>
                  <Text as="p" tone="subdued">
                    No bundle discounts yet. Offers show regular prices until you add one.
                  </Text>
                </div>
              ) : (
                <DataTable
                  columnContentTypes={['text', 'text', 'text', 'text', 'text']}
                  headings={['Discount', 'Status', 'Runs', 'Stacking', '']}
                  rows={items.map((discount) => [
                    <BlockStack key="d" gap="050">
                      <Text as="span" fontWeight="semibold">
                        {discount.title}
                      </Text>
                      <Text as="span" variant="bodySm" tone="subdued">
                        {deal(discount)}
                      </Text>
                    </BlockStack>,
                    <Badge key="s" tone={STATUS_TONE[discount.status]}>
                      {discount.status[0]?.toUpperCase() + discount.status.slice(1)}
                    </Badge>,
                    `${formatDateTime(discount.startsAt)} – ${discount.endsAt ? formatDateTime(discount.endsAt) : 'no end'}`,
                    stacking(discount),
                    <Button
                      key="r"
                      tone="critical"
                      variant="plain"
                      onClick={() => setConfirming(discount)}
                      accessibilityLabel={`Remove ${discount.title}`}
                    >
                      Remove
                    </Button>,
                  ])}
                />
              )}
            </Card>
            {(cursors.length > 0 || Boolean(discounts.data?.nextCursor)) && (
              <div style={{ display: 'flex', justifyContent: 'center' }}>
                <Pagination
                  hasPrevious={cursors.length > 0}
                  onPrevious={() => setCursors(cursors.slice(0, -1))}
                  hasNext={Boolean(discounts.data?.nextCursor)}
                  onNext={() =>
                    discounts.data?.nextCursor && setCursors([...cursors, discounts.data.nextCursor])
                  }
                />
              </div>
            )}
            <DiscountForm />
          </BlockStack>
        </Layout.Section>
      </Layout>
      <Modal
        open={confirming !== null}
        onClose={() => setConfirming(null)}
        title={`Remove “${confirming?.title ?? ''}”?`}
        primaryAction={{
          content: 'Remove discount',
          destructive: true,
          loading: remove.isPending,
          onAction: () =>
            confirming &&
            remove.mutate(confirming.id, {
              onSuccess: () => (setConfirming(null), shopify.toast.show('Discount removed')),
              onError: () => setConfirming(null),
            }),
        }}
        secondaryActions={[{ content: 'Keep it', onAction: () => setConfirming(null) }]}
      >
        <Modal.Section>
          <Text as="p">
            The automatic discount is deleted in Shopify at once; shoppers stop getting it on their next
            checkout.
          </Text>
        </Modal.Section>
      </Modal>
    </Page>
  );
}
