import type { ProductWithVariants } from '../domain/product.js';
import type { AdminClient } from '../shopify/admin/client.js';
import {
  ProductDocument,
  ProductVariantsPageDocument,
  type VariantFieldsFragment,
} from '../shopify/admin/generated/graphql.js';
import { mapProduct } from '../shopify/admin/mappers.js';

const VARIANTS_PER_PAGE = 250;

/** A product with all its variants as Shopify holds it now; undefined when it is gone or cannot be read. */
export async function fetchCurrentProduct(
  client: AdminClient,
  productId: string,
  shopCurrency: string,
): Promise<ProductWithVariants | undefined> {
  const { data } = await client.request(ProductDocument, { id: productId, variantsFirst: VARIANTS_PER_PAGE });
  if (!data.product) return undefined;
  const variants: VariantFieldsFragment[] = [...data.product.variants.nodes];
  for (let page = data.product.variants.pageInfo; page.hasNextPage && page.endCursor;) {
    const next = await client.request(ProductVariantsPageDocument, {
      id: productId,
      first: VARIANTS_PER_PAGE,
      after: page.endCursor,
    });
    if (!next.data.product) return undefined;
    variants.push(...next.data.product.variants.nodes);
    page = next.data.product.variants.pageInfo;
  }
  // Webhook-time reads need no customer hash: products carry no customer.
  const mapped = mapProduct(data.product, variants, { shopCurrency, customerHashKey: '' });
  return mapped.kind === 'mapped' ? mapped.value : undefined;
}
