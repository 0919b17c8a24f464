import {
  Badge,
  Banner,
  BlockStack,
  Button,
  ButtonGroup,
  Card,
  DataTable,
  InlineStack,
  Text,
} from '@shopify/polaris';
import type {
  OfferRow,
  ProductDetail,
  PublishStatus,
  RepublishState,
} from '@tandem/web/api-contract/products';
import { useAddRule, useRemoveRule, useRepublish } from '../api/queries.js';
import { ErrorBanner } from '../components/error-banner.js';
import { formatDateTime, formatMinor, formatPercent } from '../format.js';
import { reasonText } from './reasons.js';

export function PublishBadge({ status }: { status: PublishStatus }) {
  if (status.kind === 'live')
    return <Badge tone="success">{`Live since ${formatDateTime(status.since)}`}</Badge>;
  if (status.kind === 'queued')
    return <Badge tone="attention">{`Queued — recomputed ${formatDateTime(status.computedAt)}`}</Badge>;
  return <Badge>No offers computed yet</Badge>;
}

/**
 * After a pin, exclusion or discount the shop's offers are recomputed and republished. While that runs, the list's
 * badge says so (in place: no banner pushing the page down); a failure gets a banner with a retry.
 */
function ListBadge({ publish, republish }: { publish: PublishStatus; republish: RepublishState }) {
  if (republish.kind === 'queued' || republish.kind === 'running')
    return <Badge tone="info">Updating checkout…</Badge>;
  return <PublishBadge status={publish} />;
}

function RepublishFailure({ state }: { state: RepublishState }) {
  const republish = useRepublish();
  if (state.kind === 'failed')
    return (
      <Banner
        tone="warning"
        title="Your change is saved but not yet live at checkout"
        action={{
          content: 'Publish again',
          onAction: () => republish.mutate(),
          loading: republish.isPending,
        }}
      >
        <Text as="p">{state.message}</Text>
      </Banner>
    );
  return null;
}

function OfferTitle({ offer }: { offer: OfferRow }) {
  if (offer.productTitle === null)
    return <Text as="span" tone="critical">{`Deleted product (${offer.productId})`}</Text>;
  return (
    <BlockStack gap="050">
      <Text as="span" fontWeight="semibold">
        {offer.productTitle}
      </Text>
      {offer.variantTitle && offer.variantTitle !== 'Default Title' && (
        <Text as="span" variant="bodySm" tone="subdued">
          {offer.variantTitle}
        </Text>
      )}
    </BlockStack>
  );
}

/** The product's ranked cross-sells and upgrades with score and reason; pin, unpin or exclude each. */
export function ProductOffers({ detail }: { detail: ProductDetail }) {
  const addRule = useAddRule();
  const removeRule = useRemoveRule();
  const productId = detail.product.id;
  const busy = addRule.isPending || removeRule.isPending;
  const pin = (offer: OfferRow) =>
    addRule.mutate(
      { kind: 'pin', productId, targetProductId: offer.productId, targetVariantId: offer.variantId },
      { onSuccess: () => shopify.toast.show(`Pinned ${offer.productTitle ?? 'offer'}`) },
    );
  const exclude = (offer: OfferRow) =>
    addRule.mutate(
      { kind: 'exclude', productId, targetProductId: offer.productId, targetVariantId: null },
      { onSuccess: () => shopify.toast.show(`Excluded ${offer.productTitle ?? 'offer'}`) },
    );
  const unpin = (offer: OfferRow) =>
    offer.ruleId &&
    removeRule.mutate(offer.ruleId, { onSuccess: () => shopify.toast.show('Removed your pick') });
  const price = (minor: number | null) => (minor === null ? '—' : formatMinor(minor, detail.currencyCode));
  const crossSells = detail.offers.filter((offer) => offer.kind === 'xsell');
  const upgrades = detail.offers.filter((offer) => offer.kind === 'upgrade');
  const actions = (offer: OfferRow) => (
    <ButtonGroup>
      {offer.ruleId ? (
        <Button
          size="slim"
          onClick={() => unpin(offer)}
          disabled={busy}
          accessibilityLabel={`Unpin ${offer.productTitle ?? ''}`}
        >
          Unpin
        </Button>
      ) : (
        <Button
          size="slim"
          onClick={() => pin(offer)}
          disabled={busy || offer.productTitle === null}
          accessibilityLabel={`Pin ${offer.productTitle ?? ''} first`}
        >
          Pin
        </Button>
      )}
      <Button
        size="slim"
        tone="critical"
        variant="plain"
        onClick={() => exclude(offer)}
        disabled={busy}
        accessibilityLabel={`Exclude ${offer.productTitle ?? ''}`}
      >
        Exclude
      </Button>
    </ButtonGroup>
  );
  return (
    <BlockStack gap="400">
      {(addRule.isError || removeRule.isError) && (
        <ErrorBanner error={addRule.error ?? removeRule.error} title="The rule was not saved" />
      )}
      <RepublishFailure state={detail.republish} />
      <Card padding="0">
        <div style={{ padding: 'var(--p-space-400)' }}>
          <InlineStack align="space-between" blockAlign="center">
            <Text as="h2" variant="headingMd">
              Cross-sells, in rank order
            </Text>
            <ListBadge publish={detail.publish} republish={detail.republish} />
          </InlineStack>
        </div>
        {crossSells.length === 0 ? (
          <div style={{ padding: '0 var(--p-space-400) var(--p-space-400)' }}>
            <Text as="p" tone="subdued">
              No cross-sells for this product yet. Add one of your own below, or wait for the next recompute
              after a sync.
            </Text>
          </div>
        ) : (
          <DataTable
            columnContentTypes={['numeric', 'text', 'text', 'numeric', 'numeric', 'text']}
            headings={['#', 'Offer', 'Reason', 'Score', 'Price', 'Actions']}
            rows={crossSells.map((offer) => [
              offer.rank,
              <OfferTitle key="t" offer={offer} />,
              reasonText(offer),
              offer.score.toFixed(3),
              price(offer.priceMinor),
              actions(offer),
            ])}
          />
        )}
      </Card>
      <Card padding="0">
        <div style={{ padding: 'var(--p-space-400)' }}>
          <Text as="h2" variant="headingMd">
            Upgrades
          </Text>
        </div>
        {upgrades.length === 0 ? (
          <div style={{ padding: '0 var(--p-space-400) var(--p-space-400)' }}>
            <Text as="p" tone="subdued">
              No upgrade within the budget for this product.
            </Text>
          </div>
        ) : (
          <DataTable
            columnContentTypes={['text', 'text', 'text', 'numeric', 'numeric', 'text']}
            headings={['From', 'To', 'Reason', 'Step', 'Price', 'Actions']}
            rows={upgrades.map((offer) => [
              offer.fromVariantTitle ?? '—',
              <OfferTitle key="t" offer={offer} />,
              reasonText(offer),
              offer.stepPct === null ? '—' : `+${formatPercent(offer.stepPct)}`,
              price(offer.priceMinor),
              <Button
                key="x"
                size="slim"
                tone="critical"
                variant="plain"
                onClick={() => exclude(offer)}
                disabled={busy}
                accessibilityLabel={`Exclude upgrade to ${offer.variantTitle ?? offer.productTitle ?? ''}`}
              >
                Exclude
              </Button>,
            ])}
          />
        )}
      </Card>
    </BlockStack>
  );
}
