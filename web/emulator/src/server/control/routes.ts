import { Router } from 'express';
import { z } from 'zod';
import { rawBody } from '../body.js';
import type { Runtime } from '../runtime.js';
import { triggerPrivacy } from './actions.js';
import { addAppRoutes } from './app-routes.js';
import { control, fromResult, reply, shopControl } from './respond.js';
import * as schemas from './schemas.js';
import { addShopRoutes } from './shop-routes.js';

/** The control API under `/_control`: drive the shop, inspect webhooks, inject faults. */
export function controlRoutes(runtime: Runtime): Router {
  const router = Router();
  router.use(rawBody(runtime.maxBodyBytes));
  addAppRoutes(router, runtime);
  addShopRoutes(router, runtime);
  router.post(
    '/privacy',
    control(schemas.privacySchema, (input) => fromResult(triggerPrivacy(runtime, input))),
  );
  router.get(
    '/deliveries',
    control(schemas.deliveriesQuerySchema, (filter) =>
      reply({ deliveries: runtime.deliveries.list(filter) }),
    ),
  );
  router.get(
    '/faults',
    control(z.object({}), () => reply({ faults: runtime.faults.list() })),
  );
  router.post(
    '/faults',
    control(schemas.faultSchema, (spec) => reply({ fault: runtime.faults.add(spec) }, 201)),
  );
  router.delete(
    '/faults',
    control(z.object({}), () => {
      const cleared = runtime.faults.reset();
      // Deliveries held for reordering go out in their original order.
      runtime.dispatcher.releaseHeld();
      return reply({ cleared });
    }),
  );
  router.post(
    '/faults/truncate-bulk-file',
    shopControl(runtime.shops, schemas.truncateBulkSchema, ({ shop, fraction }) => {
      runtime.engine.faults(shop).truncateNextBulkFile(fraction);
      return reply({ shop, fraction });
    }),
  );
  return router;
}
