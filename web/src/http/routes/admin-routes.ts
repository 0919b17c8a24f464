import { Router } from 'express';
import type { AdminDeps } from './admin-deps.js';
import { adminDiscountsRoutes } from './admin-discounts-routes.js';
import { adminModelRoutes } from './admin-model-routes.js';
import { adminOverviewRoutes } from './admin-overview-routes.js';
import { adminPreviewRoutes } from './admin-preview-routes.js';
import { adminProductsRoutes } from './admin-products-routes.js';
import { adminRulesRoutes } from './admin-rules-routes.js';
import { adminSettingsRoutes } from './admin-settings-routes.js';
import { adminSetupRoutes } from './admin-setup-routes.js';
import { adminUpgradesRoutes } from './admin-upgrades-routes.js';

export type { AdminDeps } from './admin-deps.js';
export { adminDevRoutes, type DevRoutesOptions } from './admin-dev-routes.js';
export { adminFrontendRoutes, type FrontendOptions } from './admin-frontend-routes.js';

/** Every JSON route of the embedded admin; mount behind the session-token middleware (each is scoped to its shop). */
export function adminApiRoutes(deps: AdminDeps): Router {
  const router = Router();
  router.use(
    adminOverviewRoutes(deps),
    adminSetupRoutes(deps),
    adminModelRoutes(deps),
    adminSettingsRoutes(deps),
    adminRulesRoutes(deps),
    adminProductsRoutes(deps),
    adminPreviewRoutes(deps),
    adminUpgradesRoutes(deps),
    adminDiscountsRoutes(deps),
  );
  return router;
}
