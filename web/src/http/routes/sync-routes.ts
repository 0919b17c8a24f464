import { Router } from 'express';
import type { Stores } from '../../store/types.js';
import type { TandemQueue } from '../../tasks/types.js';
import { authenticatedShop } from '../session-token.js';

/** GET /api/sync: the shop's recent sync runs (status, counts, cost, errors). POST /api/sync: sync now. */
export function syncRoutes(deps: {
  readonly stores: Pick<Stores, 'syncRuns'>;
  readonly queue: Pick<TandemQueue, 'enqueue'>;
}): Router {
  const router = Router();
  router.get('/api/sync', async (_req, res) => {
    const shop = authenticatedShop(res);
    res.json({ runs: await deps.stores.syncRuns.list(shop, { limit: 20 }) });
  });
  router.post('/api/sync', async (_req, res) => {
    const shop = authenticatedShop(res);
    // One manual sync at a time: a second click while one waits is the same job.
    const result = await deps.queue.enqueue(
      'sync',
      { shop, kind: 'full' },
      { idempotencyKey: `manual-sync:${shop}`, idempotencyWindowMs: 0, serialKey: shop },
    );
    res.status(202).json(result);
  });
  return router;
}
