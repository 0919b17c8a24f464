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

/** A synced order and its customer's GID, which only buyer profiles need (the order keeps a one-way hash). */
export interface SyncedOrder {
  readonly order: OrderWithLines;
  readonly customerId: string | null;
}

/**
 * Orders in the run's window with all their line items; the customer id only as its one-way hash, and as a profile
 * owner while the merchant has personalisation on.
 */
export const ordersResource: SyncResource<OrderFieldsFragment, LineItemFieldsFragment, SyncedOrder> = {
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

  map: (group, mapContext) => {
    const mapped = mapOrder(group.parent, group.children, mapContext);
    return mapped.kind === 'mapped'
      ? { kind: 'mapped', value: { order: mapped.value, customerId: group.parent.customer?.id ?? null } }
      : mapped;
  },

  bulkQuery: (cursor) => bulkQueryText(BulkOrdersDocument, { query: cursor.orderQuery }),

  async write(context, synced) {
    if (synced.length === 0) return;
    const { stores, shop } = context.deps;
    const orders = synced.map(({ order }) => order);
    await stores.orders.upsertOrders(shop, orders);
    if ((await stores.settings.get(shop)).personalise)
      await stores.profiles.remember(
        shop,
        synced.flatMap(({ order, customerId }) =>
          customerId !== null && order.customerHash !== null
            ? [{ customerId, customerHash: order.customerHash }]
            : [],
        ),
      );
    context.tracker.add('orders', orders.length);
    context.tracker.add(
      'lines',
      orders.reduce((sum, order) => sum + order.lines.length, 0),
    );
  },
};
