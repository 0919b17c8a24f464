import { BlockStack, Card, Layout, Page, Text } from '@shopify/polaris';
import { useProduct } from '../api/queries.js';
import { ErrorBanner } from '../components/error-banner.js';
import { CardSkeleton } from '../components/skeletons.js';
import { formatMinor } from '../format.js';
import { useSearchParam } from '../router.js';
import { CheckoutPreview } from './checkout-preview.js';
import { OfferQualityCard } from './offer-quality-card.js';
import { OfferSearch } from './offer-search.js';
import { ProductOffers } from './product-offers.js';
import { ProductRules } from './product-rules.js';

/** Offers: pick a product, see its ranked offers and why, tune them with rules, preview the checkout block. */
export function OffersPage() {
  const [selected, setSelected] = useSearchParam('product');
  const product = useProduct(selected);
  const detail = product.data;
  return (
    <Page title="Offers" subtitle="What checkout offers with each product, and why." fullWidth>
      <Layout>
        <Layout.Section variant="fullWidth">
          <OfferQualityCard />
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <OfferSearch selected={selected} onSelect={setSelected} />
        </Layout.Section>
        <Layout.Section>
          {selected === null ? (
            <Card>
              <Text as="p" tone="subdued">
                Pick a product to see its cross-sells and upgrades.
              </Text>
            </Card>
          ) : product.isError ? (
            <ErrorBanner
              error={product.error}
              title="Could not load this product"
              onRetry={() => void product.refetch()}
            />
          ) : !detail ? (
            <BlockStack gap="400">
              <CardSkeleton lines={2} />
              <CardSkeleton lines={6} />
            </BlockStack>
          ) : (
            <BlockStack gap="400">
              <Card>
                <BlockStack gap="100">
                  <Text as="h2" variant="headingLg">
                    {detail.product.title}
                  </Text>
                  <Text as="p" tone="subdued">
                    {[
                      detail.product.vendor,
                      detail.product.productType,
                      `${detail.variants.length} variant${detail.variants.length === 1 ? '' : 's'}`,
                      detail.product.minPriceMinor === detail.product.maxPriceMinor
                        ? formatMinor(detail.product.minPriceMinor, detail.currencyCode)
                        : `${formatMinor(detail.product.minPriceMinor, detail.currencyCode)}–${formatMinor(detail.product.maxPriceMinor, detail.currencyCode)}`,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </BlockStack>
              </Card>
              <ProductOffers detail={detail} />
              <ProductRules detail={detail} />
              <CheckoutPreview key={detail.product.id} detail={detail} />
            </BlockStack>
          )}
        </Layout.Section>
      </Layout>
    </Page>
  );
}
