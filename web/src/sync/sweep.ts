import { ProductIdsPageDocument, type ProductIdsPageQuery } from '../shopify/admin/generated/graphql.js';
import type { QueryCost } from '../shopify/admin/types.js';
import { PagePacer } from './page-pacer.js';
import type { SyncContext } from './resource.js';
import { idAfter } from './search-filters.js';
import { advanceWindow, windowRoom, type PageWindowState } from './windows.js';

const DELETE_CHUNK = 500;
const LIST_PAGE = 1_000;

/** Every product id Shopify lists now, by the cheap ids-only query (when this process did not see them all). */
async function shopifyProductIds(context: SyncContext): Promise<Set<string>> {
  const ids = new Set<string>();
  const pacer = new PagePacer(context);
  for (let state: PageWindowState | null = { after: null, window: null, windowOffset: 0 }; state !== null;) {
    context.deps.signal?.throwIfAborted();
    const first = windowRoom(state, await pacer.nextSize());
    const { data, cost }: { data: ProductIdsPageQuery; cost: QueryCost | undefined } =
      await context.deps.client.request(ProductIdsPageDocument, {
        first,
        after: state.after,
        query: state.window,
      });
    context.tracker.spend(cost);
    pacer.observe(first, cost);
    const { nodes, pageInfo } = data.products;
    for (const node of nodes) ids.add(node.id);
    const last = nodes.at(-1);
    state = advanceWindow(state, {
      count: nodes.length,
      hasNextPage: pageInfo.hasNextPage,
      endCursor: pageInfo.endCursor,
      windowAfterLast: () => (last ? idAfter(last.id) : ''),
    });
  }
  return ids;
}

/**
 * The end of a full sync: stored products Shopify no longer lists are deleted (mark = the ids this run saw).
 * Products changed since the run started are kept — they may have been created after their page was read and
 * stored by a webhook since.
 */
export async function sweepDeletedProducts(context: SyncContext): Promise<void> {
  const { deps, tracker } = context;
  const seen = context.seenProducts ?? (await shopifyProductIds(context));
  const cutoff = tracker.cursor.startedAt;
  const gone: string[] = [];
  for (let after: string | null = null; ;) {
    const page = await deps.stores.catalog.listProducts(deps.shop, { after, limit: LIST_PAGE });
    for (const product of page.items)
      if (!seen.has(product.id) && product.updatedAt < cutoff) gone.push(product.id);
    if (page.nextCursor === null) break;
    after = page.nextCursor;
  }
  for (let start = 0; start < gone.length; start += DELETE_CHUNK) {
    deps.signal?.throwIfAborted();
    tracker.add(
      'deleted',
      await deps.stores.catalog.deleteProducts(deps.shop, gone.slice(start, start + DELETE_CHUNK)),
    );
  }
  deps.log?.({ type: 'swept', deleted: gone.length });
}
