/** The checkout preview and the local admin frame: emulator mode only, mounted by app.ts on its public routes. */
import { Router } from 'express';
import { previewApiRoutes } from './api-routes.js';
import { previewAssetRoutes } from './asset-routes.js';
import { createEmulatorLink } from './emulator-link.js';
import type { PreviewDeps } from './types.js';

export type * from './types.js';
export { createEmulatorLink, type EmulatorLink } from './emulator-link.js';

export function previewRoutes(deps: PreviewDeps): Router {
  const router = Router();
  router.use(previewApiRoutes(deps, createEmulatorLink(deps)));
  router.use(previewAssetRoutes());
  return router;
}
