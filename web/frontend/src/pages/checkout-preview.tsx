import {
  BlockStack,
  Box,
  Button,
  Card,
  InlineStack,
  Select,
  Text,
  TextField,
  Thumbnail,
} from '@shopify/polaris';
import { ImageIcon } from '@shopify/polaris-icons';
import type { PreviewOffer } from '@tandem/web/api-contract/preview';
import type { ProductDetail, ProductSummary } from '@tandem/web/api-contract/products';
import { numericIdOf } from '@tandem/web/api-contract/common';
import { useState } from 'react';
import { api } from '../api/client.js';
import { usePreview } from '../api/queries.js';
import { ErrorBanner } from '../components/error-banner.js';
import { ProductPicker } from '../components/product-picker.js';
import { formatMoney } from '../format.js';
import { checkoutText } from './copy-defaults.js';

interface SampleLine {
  readonly productId: string;
  readonly title: string;
  readonly variants: ProductDetail['variants'];
  readonly variantId: string;
  readonly quantity: number;
}

function lineOf(detail: ProductDetail): SampleLine | null {
  const variant = detail.variants.find((candidate) => candidate.availableForSale) ?? detail.variants[0];
  return variant
    ? {
        productId: detail.product.id,
        title: detail.product.title,
        variants: detail.variants,
        variantId: variant.id,
        quantity: 1,
      }
    : null;
}

function OfferLine({ offer, copy }: { offer: PreviewOffer; copy: Readonly<Record<string, string>> }) {
  const action =
    offer.kind === 'upgrade'
      ? checkoutText('en', 'upgrade.action', {}, copy)
      : checkoutText('en', 'offer.add', {}, copy);
  return (
    <InlineStack gap="300" blockAlign="center" wrap={false}>
      <Thumbnail size="small" source={offer.imageUrl ?? ImageIcon} alt="" />
      <Box width="100%">
        <BlockStack gap="050">
          <Text as="span" fontWeight="semibold">
            {offer.productTitle}
            {offer.variantTitle && offer.variantTitle !== 'Default Title' ? ` — ${offer.variantTitle}` : ''}
          </Text>
          <Text as="span" variant="bodySm" tone="subdued">
            {checkoutText('en', offer.copyKey, offer.copyParams, copy, offer.copyLabels)}
          </Text>
          <InlineStack gap="200">
            <Text as="span">{formatMoney(offer.price)}</Text>
            {offer.compareAtPrice && (
              <Text as="span" tone="subdued" textDecorationLine="line-through">
                {formatMoney(offer.compareAtPrice)}
              </Text>
            )}
            {offer.discountPct !== null && (
              <Text as="span" tone="success">
                {checkoutText('en', 'offer.discount', { percent: offer.discountPct }, copy)}
              </Text>
            )}
          </InlineStack>
        </BlockStack>
      </Box>
      {/* The name starts with the visible text (WCAG 2.5.3) and says why it does nothing here. */}
      <Button size="slim" disabled accessibilityLabel={`${action} (preview only)`}>
        {action}
      </Button>
    </InlineStack>
  );
}

/**
 * What checkout would show for a sample cart, decided by the same offer core from the stored lists and settings.
 * Give it `key={product id}`: the sample cart starts over with each product.
 */
export function CheckoutPreview({ detail }: { detail: ProductDetail }) {
  const [lines, setLines] = useState<SampleLine[]>(() =>
    [lineOf(detail)].filter((line): line is SampleLine => line !== null),
  );
  const [adding, setAdding] = useState<string | null>(null);
  const republish = detail.republish;
  const preview = usePreview(
    lines.length > 0
      ? { lines: lines.map(({ productId, variantId, quantity }) => ({ productId, variantId, quantity })) }
      : null,
    republish.kind === 'idle' ? `idle:${republish.lastRunAt ?? ''}` : republish.kind,
  );
  const update = (index: number, patch: Partial<SampleLine>) =>
    setLines(lines.map((line, at) => (at === index ? { ...line, ...patch } : line)));
  const addProduct = async (product: ProductSummary) => {
    setAdding(product.id);
    try {
      const added = lineOf(await api<ProductDetail>('GET', `/api/products/${numericIdOf(product.id)}`));
      if (added) setLines((current) => [...current, added].slice(0, 10));
    } finally {
      setAdding(null);
    }
  };
  return (
    <Card>
      <BlockStack gap="400">
        <Text as="h2" variant="headingMd">
          Checkout preview
        </Text>
        <BlockStack gap="200">
          {lines.map((line, index) => (
            <InlineStack key={`${line.productId}-${index}`} gap="200" blockAlign="end" wrap={false}>
              <Box width="100%">
                <Select
                  label={line.title}
                  options={line.variants.map((variant) => ({ label: variant.title, value: variant.id }))}
                  value={line.variantId}
                  onChange={(variantId) => update(index, { variantId })}
                />
              </Box>
              <Box width="80px">
                <TextField
                  label="Qty"
                  type="number"
                  min={1}
                  max={99}
                  autoComplete="off"
                  value={String(line.quantity)}
                  onChange={(value) =>
                    update(index, { quantity: Math.min(99, Math.max(1, Number(value) || 1)) })
                  }
                />
              </Box>
              {index > 0 && (
                <Button
                  variant="plain"
                  tone="critical"
                  onClick={() => setLines(lines.filter((_, at) => at !== index))}
                  accessibilityLabel={`Remove ${line.title} from the sample cart`}
                >
                  Remove
                </Button>
              )}
            </InlineStack>
          ))}
          {lines.length < 10 && (
            <ProductPicker
              label={adding ? 'Adding…' : 'Add another product to the cart'}
              onSelect={(product) => void addProduct(product)}
              excludeIds={lines.map((line) => line.productId)}
            />
          )}
        </BlockStack>
        {preview.isError && (
          <ErrorBanner
            error={preview.error}
            title="Could not build the preview"
            onRetry={() => void preview.refetch()}
          />
        )}
        <Box background="bg-surface-secondary" padding="400" borderRadius="200" minHeight="180px">
          {preview.data ? (
            <BlockStack gap="300" id="checkout-preview-result">
              {/* The merchant's copy overrides, as checkout renders them. */}
              {preview.data.lines.flatMap((line) =>
                line.upgrade
                  ? [<OfferLine key={line.lineId} offer={line.upgrade} copy={preview.data?.copy ?? {}} />]
                  : [],
              )}
              <Text as="h3" variant="headingSm">
                {checkoutText('en', 'heading', {}, preview.data.copy)}
              </Text>
              {preview.data.offers.length === 0 ? (
                <Text as="p" tone="subdued">
                  {`Checkout shows no offers for this cart. Offers cost at most ${preview.data.priceCapPct}% of the cart subtotal (Settings → Price cap): try a larger quantity or another product.`}
                </Text>
              ) : (
                preview.data.offers.map((offer) => (
                  <OfferLine key={offer.offerId} offer={offer} copy={preview.data?.copy ?? {}} />
                ))
              )}
              <Text as="p" variant="bodySm" tone="subdued">
                {`Subtotal ${formatMoney(preview.data.subtotal)} · ${preview.data.holdoutPct}% of checkouts are held out and see nothing.`}
              </Text>
            </BlockStack>
          ) : (
            <Text as="p" tone="subdued">
              {preview.isFetching ? 'Building the preview…' : 'Add a product to preview.'}
            </Text>
          )}
        </Box>
      </BlockStack>
    </Card>
  );
}
