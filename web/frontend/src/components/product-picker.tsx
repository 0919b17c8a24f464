import { Autocomplete, Icon } from '@shopify/polaris';
import { SearchIcon } from '@shopify/polaris-icons';
import type { ProductSummary } from '@tandem/web/api-contract/products';
import { useMemo, useState } from 'react';
import { useProducts } from '../api/queries.js';
import { useDebounced } from './use-debounced.js';

/** Picks one product of the shop by searching the synced catalog. */
export function ProductPicker({
  label,
  onSelect,
  excludeIds = [],
  error,
}: {
  label: string;
  onSelect: (product: ProductSummary) => void;
  excludeIds?: readonly string[];
  error?: string | false | undefined;
}) {
  const [text, setText] = useState('');
  // Searches only once the merchant starts using the field: a page with three pickers loads with no extra requests.
  const [active, setActive] = useState(false);
  const q = useDebounced(text);
  const products = useProducts(q, undefined, 10, active);
  const options = useMemo(
    () =>
      (products.data?.items ?? [])
        .filter((product) => !excludeIds.includes(product.id))
        .map((product) => ({ value: product.id, label: product.title })),
    [products.data, excludeIds],
  );
  const select = (selected: string[]) => {
    const product = products.data?.items.find((candidate) => candidate.id === selected[0]);
    if (!product) return;
    setText(product.title);
    onSelect(product);
  };
  return (
    <Autocomplete
      options={options}
      selected={[]}
      onSelect={select}
      loading={products.isFetching}
      emptyState={q === '' ? undefined : 'No products match'}
      textField={
        <Autocomplete.TextField
          label={label}
          value={text}
          onChange={setText}
          onFocus={() => setActive(true)}
          prefix={<Icon source={SearchIcon} />}
          placeholder="Search products"
          autoComplete="off"
          error={error ?? false}
        />
      }
    />
  );
}
