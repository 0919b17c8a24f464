/**
 * QueryRoot orders/order/ordersCount and the Order and LineItem types. Without `read_all_orders` an app
 * sees only the last 60 days of orders ("By default, apps can access only the last 60 days' worth of
 * orders", https://shopify.dev/docs/api/usage/access-scopes#orders-permissions); older orders are simply absent.
 */
import { numericId } from '../state/gid.js';
import type { EmulatedLineItem, EmulatedOrder } from '../state/types.js';
import type { ResolverMap } from '../engine/field-resolver.js';
import { assertRootAccess } from './access-scopes.js';
import { paginate, sortValueFor, type ConnectionArgs } from './connection.js';
import type { AdminContext } from './context.js';
import { moneyBag } from './money.js';
import { countOf } from './product-resolvers.js';
import { applySearch, type SearchSpec } from './search-filters.js';

const SIXTY_DAYS_MS = 60 * 86_400_000;

const ORDER_SEARCH: SearchSpec<EmulatedOrder> = {
  fields: {
    id: { kind: 'number', get: (o) => numericId(o.id) },
    name: { kind: 'text', get: (o) => o.name },
    status: { kind: 'text', get: (o) => (o.cancelledAt ? ['cancelled', 'any'] : ['open', 'any']) },
    customer_id: { kind: 'number', get: (o) => (o.customerId ? numericId(o.customerId) : 0) },
    created_at: { kind: 'date', get: (o) => o.createdAt },
    updated_at: { kind: 'date', get: (o) => o.updatedAt },
    processed_at: { kind: 'date', get: (o) => o.processedAt },
  },
  defaultText: (o) => o.name,
};

const ORDER_SORT = {
  CREATED_AT: (o: EmulatedOrder) => o.createdAt,
  UPDATED_AT: (o: EmulatedOrder) => o.updatedAt,
  PROCESSED_AT: (o: EmulatedOrder) => o.processedAt,
  ORDER_NUMBER: (o: EmulatedOrder) => numericId(o.id),
  TOTAL_PRICE: (o: EmulatedOrder) => Number(o.totalPrice),
};

function visibleOrders(ctx: AdminContext): readonly EmulatedOrder[] {
  const all = ctx.shop.orderList();
  if (ctx.hasScope('read_all_orders')) return all;
  const cutoff = ctx.nowMs() - SIXTY_DAYS_MS;
  return all.filter((order) => Date.parse(order.processedAt) >= cutoff);
}

type PricedLine = EmulatedLineItem & { readonly currencyCode: string };
const order = (source: unknown): EmulatedOrder => source as EmulatedOrder;
const line = (source: unknown): PricedLine => source as PricedLine;

export const orderResolvers: ResolverMap<AdminContext> = {
  QueryRoot: {
    orders: (_s, args, ctx, info) => {
      assertRootAccess('orders', ctx);
      const found = applySearch(visibleOrders(ctx), args['query'], ORDER_SEARCH, ctx, [info.path.key]);
      return paginate(
        found,
        args as ConnectionArgs,
        sortValueFor(args['sortKey'] ?? 'PROCESSED_AT', ORDER_SORT),
        ctx,
      );
    },
    order: (_s, args, ctx) => {
      assertRootAccess('order', ctx);
      return visibleOrders(ctx).find((o) => o.id === args['id']) ?? null;
    },
    ordersCount: (_s, args, ctx, info) => {
      assertRootAccess('ordersCount', ctx);
      return countOf(
        applySearch(visibleOrders(ctx), args['query'], ORDER_SEARCH, ctx, [info.path.key]).length,
        args['limit'],
      );
    },
  },
  Order: {
    legacyResourceId: (s) => String(numericId(order(s).id)),
    lineItems: (s, args, ctx) => {
      const priced = order(s).lineItems.map((item): PricedLine =>
        Object.assign(Object.create(item) as EmulatedLineItem, { currencyCode: order(s).currencyCode }),
      );
      return paginate(priced, args as ConnectionArgs, (item) => numericId(item.id), ctx);
    },
    customer: (s, _a, ctx) =>
      order(s).customerId
        ? (ctx.shop.customers.get(order(s).customerId ?? '') ?? { id: order(s).customerId })
        : null,
    totalPriceSet: (s) => moneyBag(order(s).totalPrice, order(s).currencyCode),
    subtotalPriceSet: (s) => moneyBag(order(s).subtotalPrice, order(s).currencyCode),
    currentSubtotalPriceSet: (s) => moneyBag(order(s).subtotalPrice, order(s).currencyCode),
    currentTotalPriceSet: (s) => moneyBag(order(s).totalPrice, order(s).currencyCode),
    totalRefundedSet: (s) => moneyBag(order(s).totalRefunded, order(s).currencyCode),
    customAttributes: () => [],
    test: () => false,
    sourceName: () => 'web',
  },
  LineItem: {
    name: (s) => line(s).title,
    variant: (s, _a, ctx) =>
      line(s).variantId ? (ctx.shop.variants.get(line(s).variantId ?? '') ?? null) : null,
    product: (s, _a, ctx) =>
      line(s).productId ? (ctx.shop.products.get(line(s).productId ?? '') ?? null) : null,
    sku: (s, _a, ctx) => ctx.shop.variants.get(line(s).variantId ?? '')?.sku ?? null,
    variantTitle: (s, _a, ctx) => ctx.shop.variants.get(line(s).variantId ?? '')?.title ?? null,
    currentQuantity: (s) => line(s).quantity,
    originalUnitPriceSet: (s) => moneyBag(line(s).originalUnitPrice, line(s).currencyCode),
    originalTotalSet: (s) =>
      moneyBag(Number(line(s).originalUnitPrice) * line(s).quantity, line(s).currencyCode),
    discountedTotalSet: (s) => moneyBag(line(s).discountedTotal, line(s).currencyCode),
    discountedUnitPriceSet: (s) =>
      moneyBag(Number(line(s).discountedTotal) / Math.max(1, line(s).quantity), line(s).currencyCode),
  },
  Customer: {
    legacyResourceId: (s) => String(numericId((s as { id: string }).id)),
    displayName: (s) => {
      const customer = s as { firstName?: string; lastName?: string };
      return [customer.firstName, customer.lastName].filter(Boolean).join(' ');
    },
  },
};
