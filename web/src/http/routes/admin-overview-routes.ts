import { Router } from 'express';
import type { OverviewResponse, SyncProgress } from '../../api-contract/index.js';
import type { SyncRun } from '../../domain/sync-run.js';
import type { OfferStore } from '../../store/ports/offer-store.js';
import { readCursor } from '../../sync/cursor.js';
import { authenticatedShop } from '../session-token.js';
import type { AdminDeps } from './admin-deps.js';
import { currencyOrNull } from './admin-products-routes.js';

/** Share of the run's expected products and orders already written, from Shopify's counts at its start. */
export function syncProgress(run: SyncRun): SyncProgress {
  if (run.status === 'succeeded') return { run, percent: 100 };
  const totals = readCursor(run.cursor)?.totals;
  const expected = (totals?.products ?? 0) + (totals?.orders ?? 0);
  if (!totals || expected === 0) return { run, percent: null };
  const done = (run.counts['products'] ?? 0) + (run.counts['orders'] ?? 0);
  return { run, percent: Math.min(99, Math.floor((done / expected) * 100)) };
}

export async function countPending(offers: OfferStore, shop: string): Promise<number> {
  let pending = 0;
  let after: string | null = null;
  do {
    const page = await offers.listUnpublished(shop, { after, limit: 1000 });
    pending += page.items.length;
    after = page.nextCursor;
  } while (after !== null);
  return pending;
}

/** GET /api/overview: what the store holds — catalog and order counts, sync progress, offers waiting to publish. */
export function adminOverviewRoutes(deps: Pick<AdminDeps, 'stores' | 'shopCurrency'>): Router {
  const router = Router();
  router.get('/api/overview', async (_req, res) => {
    const shop = authenticatedShop(res);
    const { stores } = deps;
    const [record, products, orders, pendingOfferLists, rules, runs, currencyCode] = await Promise.all([
      stores.shops.get(shop),
      stores.catalog.countProducts(shop),
      stores.orders.countOrders(shop),
      countPending(stores.offers, shop),
      stores.rules.list(shop),
      stores.syncRuns.list(shop, { limit: 20 }),
      currencyOrNull(deps, shop),
    ]);
    const latest = runs[0];
    const body: OverviewResponse = {
      shop,
      currencyCode,
      installedAt: record?.installedAt ?? null,
      products,
      orders,
      pendingOfferLists,
      rules: rules.length,
      sync: latest ? syncProgress(latest) : null,
      lastSucceededAt: runs.find((run) => run.status === 'succeeded')?.finishedAt ?? null,
    };
    res.json(body);
  });
  return router;
}
