import { Router } from 'express';
import type { OfferModelResponse } from '../../api-contract/index.js';
import type { ModelSelection } from '../../pairing/selection/types.js';
import { authenticatedShop } from '../session-token.js';
import type { AdminDeps } from './admin-deps.js';

/** GET /api/offers/model: the last recompute's model report (see `OfferModelResponse`). */
export function adminModelRoutes(deps: Pick<AdminDeps, 'stores'>): Router {
  const router = Router();
  router.get('/api/offers/model', async (_req, res) => {
    const stored = await deps.stores.offers.getModelReport(authenticatedShop(res));
    const body: OfferModelResponse = {
      report: stored
        ? {
            computedAt: stored.computedAt,
            orders: stored.orders,
            // Written by the recompute from the engine's own type; the store keeps it as opaque JSON.
            selection: stored.selection as unknown as ModelSelection,
          }
        : null,
    };
    res.json(body);
  });
  return router;
}
