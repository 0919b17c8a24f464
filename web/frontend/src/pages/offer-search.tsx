import { Card, Pagination, ResourceItem, ResourceList, Text, Thumbnail } from '@shopify/polaris';
import { ImageIcon } from '@shopify/polaris-icons';
import { numericIdOf } from '@tandem/web/api-contract/common';
import { useMemo, useState } from 'react';
import { useProducts } from '../api/queries.js';
import { ErrorBanner } from '../components/error-banner.js';
import { SearchBox } from '../components/search-box.js';

/** Search the catalog and pick the product whose offers to tune; pages of 20, keyset cursors. */
export function OfferSearch({
  selected,
  onSelect,
}: {
  selected: string | null;
  onSelect: (numericId: string) => void;
}) {
  const [q, setQ] = useState('');
  const [cursors, setCursors] = useState<string[]>([]);
  const after = cursors.at(-1);
  const products = useProducts(q, after);
  // A stable array: ResourceList resets its state whenever `items` changes identity, which would re-render forever.
  const items = useMemo(() => [...(products.data?.items ?? [])], [products.data]);
  const search = (value: string) => {
    setQ(value);
    setCursors([]);
  };
  return (
    <Card padding="0">
      <div style={{ padding: 'var(--p-space-300)' }}>
        <SearchBox
          label="Search products"
          placeholder="Search by title, vendor, type or SKU"
          onSearch={search}
        />
      </div>
      {products.isError ? (
        <div style={{ padding: 'var(--p-space-300)' }}>
          <ErrorBanner
            error={products.error}
            title="Could not search products"
            onRetry={() => void products.refetch()}
          />
        </div>
      ) : (
        <ResourceList
          resourceName={{ singular: 'product', plural: 'products' }}
          items={items}
          loading={products.isFetching && !products.data}
          emptyState={
            products.data ? (
              <div style={{ padding: 'var(--p-space-400)' }}>
                <Text as="p" tone="subdued">
                  {q === '' ? 'No products synced yet.' : `No products match “${q}”.`}
                </Text>
              </div>
            ) : undefined
          }
          renderItem={(product) => {
            const id = numericIdOf(product.id);
            return (
              <ResourceItem
                id={id}
                onClick={() => onSelect(id)}
                accessibilityLabel={`Show offers for ${product.title}`}
                media={<Thumbnail size="small" source={product.imageUrl ?? ImageIcon} alt="" />}
                verticalAlignment="center"
              >
                <Text as="h3" variant="bodyMd" fontWeight={id === selected ? 'bold' : 'regular'}>
                  {product.title}
                </Text>
                <Text as="p" variant="bodySm" tone="subdued">
                  {[product.vendor, product.productType].filter(Boolean).join(' · ')}
                  {product.status === 'ACTIVE' ? '' : ` · ${product.status.toLowerCase()}`}
                </Text>
              </ResourceItem>
            );
          }}
        />
      )}
      {products.data && (products.data.nextCursor !== null || cursors.length > 0) && (
        <div style={{ padding: 'var(--p-space-300)', display: 'flex', justifyContent: 'center' }}>
          <Pagination
            hasPrevious={cursors.length > 0}
            onPrevious={() => setCursors(cursors.slice(0, -1))}
            hasNext={Boolean(products.data?.nextCursor)}
            onNext={() => products.data?.nextCursor && setCursors([...cursors, products.data.nextCursor])}
          />
        </div>
      )}
    </Card>
  );
}
