import type { OrderWithLines } from '../domain/order.js';
import {
  BulkOrdersDocument,
  OrderLinesPageDocument,
  OrdersPageDocument,
  type LineItemFieldsFragment,
  type OrderFieldsFragment,
} from '../shopify/admin/generated/graphql.js';
import { mapOrder } from '../shopify/admin/mappers.js';
import { bulkQueryText } from './bulk/bulk-query.js';
import { CHILD_PAGE_SIZE, readConnection } from '../shopify/admin/connections.js';
import type { SyncResource } from './resource.js';
import { atOrAfter, joinFilters } from './search-filters.js';

/** Orders in the run's window with all their line items; the customer id only as its one-way hash. */
export const ordersResource: SyncResource<OrderFieldsFragment, LineItemFieldsFragment, OrderWithLines> = {
  phase: 'orders',
  pageOperation: 'OrdersPage',
  total: (cursor) => cursor.totals.orders,

  async fetchPage(context, first, after, window) {
    const { data, cost } = await context.deps.client.request(OrdersPageDocument, {
      first,
      after,
      query: joinFilters(context.tracker.cursor.orderQuery, window),
      linesFirst: context.options.linesFirst,
    });
    const { nodes, pageInfo } = data.orders;
    return {
      groups: nodes.map((node) => ({
        parent: node,
        children: node.lineItems.nodes,
        complete: !node.lineItems.pageInfo.hasNextPage,
      })),
      hasNextPage: pageInfo.hasNextPage,
      endCursor: pageInfo.endCursor,
      cost,
    };
  },

  // OrdersPage sorts by CREATED_AT; orders sharing the boundary instant are read twice, which upserts absorb.
  windowAfter: (order) => atOrAfter('created_at', order.createdAt),

  fetchAllChildren: (context, id) =>
    readConnection(
      async (after) => {
        const { data, cost } = await context.deps.client.request(OrderLinesPageDocument, {
          id,
          first: CHILD_PAGE_SIZE,
          after,
        });
        return { page: data.order?.lineItems ?? null, cost };
      },
      (cost) => context.tracker.spend(cost),
    ),

  map: (group, mapContext) => mapOrder(group.parent, group.children, mapContext),

  bulkQuery: (cursor) => bulkQueryText(BulkOrdersDocument, { query: cursor.orderQuery }),

  async write(context, orders) {
    if (orders.length === 0) return;
    await context.deps.stores.orders.upsertOrders(context.deps.shop, orders);
    context.tracker.add('orders', orders.length);
    context.tracker.add(
      'lines',
      orders.reduce((sum, order) => sum + order.lines.length, 0),
    );
  },
};
