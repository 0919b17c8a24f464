import { Router } from 'express';
import type { DataRequestsResponse } from '../../api-contract/index.js';
import { NotFoundError } from '../../errors.js';
import type { Stores } from '../../store/types.js';
import { authenticatedShop } from '../session-token.js';

export interface PrivacyRoutesDeps {
  readonly stores: Pick<Stores, 'dataRequests'>;
  readonly now: () => Date;
}

/**
 * customers/data_request for the merchant: the shop's requests of the last 30 days, and each one's export as a JSON
 * file to hand to the customer. Scoped to the session token's shop like every /api route.
 */
export function privacyRoutes(deps: PrivacyRoutesDeps): Router {
  const router = Router();
  router.get('/api/privacy/data-requests', async (_req, res) => {
    const requests = await deps.stores.dataRequests.list(authenticatedShop(res), deps.now().toISOString());
    res.setHeader('Cache-Control', 'no-store');
    res.json({ requests } satisfies DataRequestsResponse);
  });
  router.get('/api/privacy/data-requests/:id', async (req, res) => {
    const id = req.params.id;
    const exported = await deps.stores.dataRequests.exportOf(
      authenticatedShop(res),
      id,
      deps.now().toISOString(),
    );
    if (exported === undefined)
      throw new NotFoundError(`No data request ${id} (exports are kept for 30 days)`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="tandem-data-request-${id.replace(/[^\w-]/g, '')}.json"`,
    );
    res.type('application/json').send(`${JSON.stringify(exported, null, 2)}\n`);
  });
  return router;
}
