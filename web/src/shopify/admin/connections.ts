import type { AdminClient } from './client.js';
import { ProductVariantsPageDocument, type VariantFieldsFragment } from './generated/graphql.js';
import type { QueryCost } from './types.js';

/** Nodes per page of a child connection: Shopify's maximum. */
export const CHILD_PAGE_SIZE = 250;

export interface ConnectionPage<TNode> {
  readonly nodes: readonly TNode[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
}

/**
 * Reads a connection from its start to its end (e.g. a product's variants beyond the first page), reporting each
 * page's cost. Undefined when the owner is gone (`page` null).
 */
export async function readConnection<TNode>(
  fetch: (after: string | null) => Promise<{
    readonly page: ConnectionPage<TNode> | null;
    readonly cost: QueryCost | undefined;
  }>,
  onCost: (cost: QueryCost | undefined) => void = () => undefined,
): Promise<TNode[] | undefined> {
  const nodes: TNode[] = [];
  for (let after: string | null = null; ;) {
    const { page, cost } = await fetch(after);
    onCost(cost);
    if (!page) return undefined;
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return nodes;
    after = page.pageInfo.endCursor;
  }
}

/** Every variant of a product (ProductVariantsPage), for when its first page said there are more. */
export function readAllVariants(
  client: AdminClient,
  productId: string,
  onCost?: (cost: QueryCost | undefined) => void,
): Promise<VariantFieldsFragment[] | undefined> {
  return readConnection(async (after) => {
    const { data, cost } = await client.request(ProductVariantsPageDocument, {
      id: productId,
      first: CHILD_PAGE_SIZE,
      after,
    });
    return { page: data.product?.variants ?? null, cost };
  }, onCost);
}
