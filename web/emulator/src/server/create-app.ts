import express, { Router, type Express } from 'express';
import { adminRoutes } from './admin-routes.js';
import { chargeRoutes } from './charge-routes.js';
import { controlRoutes } from './control/routes.js';
import { fileRoutes } from './file-routes.js';
import { oauthRoutes } from './oauth-routes.js';
import type { Runtime } from './runtime.js';
import { errorHandler, sendErrors } from './shopify-errors.js';
import { storefrontRoutes } from './storefront-routes.js';

/**
 * The emulator's HTTP face. Shopify's `https://{shop}/{path}` lives at `/shops/{shop}/{path}`; the
 * control API at `/_control`; bulk files and staged uploads at the root.
 */
export function createApp(runtime: Runtime): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'extended');
  app.use('/_control', controlRoutes(runtime));
  const files = fileRoutes(runtime);
  app.use(files);

  const shop = Router({ mergeParams: true });
  shop.use((req, res, next) => {
    if (runtime.shops.has(String(req.params['shop']))) {
      next();
      return;
    }
    sendErrors(res, 404);
  });
  // Files also answer under the shop, where the engine's default (shop-domain) URLs point.
  shop.use(
    oauthRoutes(runtime),
    adminRoutes(runtime),
    chargeRoutes(runtime),
    storefrontRoutes(runtime),
    files,
  );
  app.use('/shops/:shop', shop);

  app.use((_req, res) => sendErrors(res, 404));
  app.use(errorHandler);
  return app;
}
