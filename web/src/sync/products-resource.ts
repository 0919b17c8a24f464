import type { ProductWithVariants } from '../domain/product.js';
import {
  BulkProductsDocument,
  ProductsPageDocument,
  type ProductFieldsFragment,
  type VariantFieldsFragment,
} from '../shopify/admin/generated/graphql.js';
import { mapProduct } from '../shopify/admin/mappers.js';
import { bulkQueryText } from './bulk/bulk-query.js';
import { readAllVariants } from '../shopify/admin/connections.js';
import type { SyncResource } from './resource.js';
import { idAfter, joinFilters } from './search-filters.js';

/** Products with all their variants, in the shop currency. */
export const productsResource: SyncResource<
  ProductFieldsFragment,
  VariantFieldsFragment,
  ProductWithVariants
> = {
  phase: 'products',
  pageOperation: 'ProductsPage',
  total: (cursor) => cursor.totals.products,

  async fetchPage(context, first, after, window) {
    const { data, cost } = await context.deps.client.request(ProductsPageDocument, {
      first,
      after,
      query: joinFilters(context.tracker.cursor.productQuery, window),
      variantsFirst: context.options.variantsFirst,
    });
    const { nodes, pageInfo } = data.products;
    return {
      groups: nodes.map((node) => ({
        parent: node,
        children: node.variants.nodes,
        complete: !node.variants.pageInfo.hasNextPage,
      })),
      hasNextPage: pageInfo.hasNextPage,
      endCursor: pageInfo.endCursor,
      cost,
    };
  },

  // ProductsPage sorts by ID.
  windowAfter: (product) => idAfter(product.id),

  fetchAllChildren: (context, id) =>
    readAllVariants(context.deps.client, id, (cost) => context.tracker.spend(cost)),

  map: (group, mapContext) => mapProduct(group.parent, group.children, mapContext),

  bulkQuery: (cursor) => bulkQueryText(BulkProductsDocument, { query: cursor.productQuery }),

  async write(context, products) {
    if (products.length === 0) return;
    await context.deps.stores.catalog.upsertProducts(context.deps.shop, products);
    context.tracker.add('products', products.length);
    context.tracker.add(
      'variants',
      products.reduce((sum, product) => sum + product.variants.length, 0),
    );
  },
};
