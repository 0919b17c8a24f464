import type { ProductWithVariants } from '../domain/product.js';
import type { AdminClient } from '../shopify/admin/client.js';
import { CHILD_PAGE_SIZE, readAllVariants } from '../shopify/admin/connections.js';
import { ProductDocument } from '../shopify/admin/generated/graphql.js';
import { mapProduct } from '../shopify/admin/mappers.js';

/** A product with all its variants as Shopify holds it now; undefined when it is gone or cannot be read. */
export async function fetchCurrentProduct(
  client: AdminClient,
  productId: string,
  shopCurrency: string,
): Promise<ProductWithVariants | undefined> {
  const { data } = await client.request(ProductDocument, { id: productId, variantsFirst: CHILD_PAGE_SIZE });
  if (!data.product) return undefined;
  // As the sync does: past the first page, read the whole connection again rather than stitch pages.
  const variants = data.product.variants.pageInfo.hasNextPage
    ? await readAllVariants(client, productId)
    : data.product.variants.nodes;
  if (!variants) return undefined;
  // Webhook-time reads need no customer hash: products carry no customer.
  const mapped = mapProduct(data.product, variants, { shopCurrency, customerHashKey: '' });
  return mapped.kind === 'mapped' ? mapped.value : undefined;
}
