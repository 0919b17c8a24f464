import type { SyncKind, SyncPath } from '../domain/sync-run.js';
import { ShopInfoDocument, SyncCountsDocument } from '../shopify/admin/generated/graphql.js';
import { readCursor, type SyncCursor } from './cursor.js';
import type { RunTracker } from './run-tracker.js';
import { atOrAfter, joinFilters } from './search-filters.js';
import type { ResolvedSyncOptions, SyncDeps } from './types.js';

const DAY_MS = 86_400_000;

export interface ShopFacts {
  /** Shop currency: product prices are in it. */
  readonly currency: string;
  /** read_all_orders granted: orders older than the 60-day window are readable. */
  readonly allOrders: boolean;
}

export async function readShopFacts(deps: SyncDeps, tracker: RunTracker): Promise<ShopFacts> {
  const result = await deps.client.request(ShopInfoDocument, {});
  tracker.spend(result.cost);
  const scopes = result.data.currentAppInstallation.accessScopes.map((scope) => scope.handle);
  // Privacy and uninstall webhooks name the shop by this id; the webhook guard checks them against it.
  const shopId = /\/(\d+)$/.exec(result.data.shop.id)?.[1];
  if (shopId) await deps.stores.shops.setShopId(deps.shop, shopId);
  return { currency: result.data.shop.currencyCode, allOrders: scopes.includes('read_all_orders') };
}

export interface EffectiveKind {
  readonly kind: SyncKind;
  /** Start (our clock) of the last successful run: an incremental run's lower bound. */
  readonly since: string | null;
}

/** An incremental/reconcile run needs an earlier successful run to count from; without one it is a full sync. */
export async function effectiveKind(deps: SyncDeps, requested: SyncKind): Promise<EffectiveKind> {
  if (requested === 'full') return { kind: 'full', since: null };
  const runs = await deps.stores.syncRuns.list(deps.shop, { limit: 50 });
  const succeeded = runs.find((run) => run.status === 'succeeded');
  const since = succeeded ? (readCursor(succeeded.cursor)?.startedAt ?? succeeded.startedAt) : null;
  return since ? { kind: requested, since } : { kind: 'full', since: null };
}

export interface Plan {
  readonly path: SyncPath;
  readonly cursor: SyncCursor;
}

/**
 * Fixes a new run's filters and path: full = every product and the order window (all orders with read_all_orders);
 * incremental/reconcile = what changed since the last successful run began, minus an overlap. The path comes from
 * Shopify's counts for exactly those filters.
 */
export async function planRun(
  deps: SyncDeps,
  options: ResolvedSyncOptions,
  tracker: RunTracker,
  facts: ShopFacts,
  since: string | null,
): Promise<Plan> {
  const now = deps.now().getTime();
  const allOrders = options.allOrders ?? facts.allOrders;
  const window = allOrders
    ? null
    : atOrAfter('created_at', new Date(now - options.orderWindowDays * DAY_MS).toISOString());
  const changed =
    since === null
      ? null
      : atOrAfter('updated_at', new Date(Date.parse(since) - options.incrementalOverlapMs).toISOString());
  const productQuery = changed;
  const orderQuery = joinFilters(changed, window);

  const counts = await deps.client.request(SyncCountsDocument, {
    productsQuery: productQuery,
    ordersQuery: orderQuery,
  });
  tracker.spend(counts.cost);
  const products = counts.data.productsCount?.count ?? null;
  const orders = counts.data.ordersCount?.count ?? null;
  const large =
    (products ?? 0) >= options.bulkThreshold.products || (orders ?? 0) >= options.bulkThreshold.orders;
  const path: SyncPath = options.path ?? (large ? 'bulk' : 'paged');
  return {
    path,
    cursor: {
      ...tracker.cursor,
      productQuery,
      orderQuery,
      totals: { products, orders },
      phase: 'products',
      after: null,
      window: null,
      windowOffset: 0,
      bulk: null,
    },
  };
}
