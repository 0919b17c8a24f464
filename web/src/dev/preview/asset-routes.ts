import { Router, type Response } from 'express';
import { NotFoundError } from '../../errors.js';
import {
  CLIENT_ENTRIES,
  EXTENSION_BUNDLES,
  PAGES,
  clientBundles,
  extensionBundle,
  extensionLocale,
  isOneOf,
  pageHtml,
  stylesheet,
} from './client-assets.js';

function send(res: Response, type: string, body: string): void {
  // A local tool: always the current sources and builds.
  res.set({ 'Content-Type': type, 'Cache-Control': 'no-store' }).send(body);
}

/** Pages, client bundles, styles, the built extensions and their locales under /preview. */
export function previewAssetRoutes(): Router {
  const router = Router();
  const bundle = clientBundles();
  router.get('/preview', (_req, res) => res.redirect(302, '/preview/checkout'));
  router.get('/preview/:page', async (req, res, next) => {
    const { page } = req.params;
    if (!isOneOf(PAGES, page)) return next();
    send(res, 'text/html; charset=utf-8', await pageHtml(page));
  });
  router.get('/preview/assets/:file', async (req, res) => {
    const [name = '', extension] = req.params.file.split('.');
    if (extension === 'js' && isOneOf(CLIENT_ENTRIES, name))
      return send(res, 'text/javascript; charset=utf-8', await bundle(name));
    if (extension === 'css') return send(res, 'text/css; charset=utf-8', await stylesheet(name));
    throw new NotFoundError(`No preview asset ${req.params.file}`);
  });
  router.get('/preview/extensions/:file', async (req, res) => {
    const name = req.params.file.replace(/\.js$/, '');
    if (!isOneOf(Object.keys(EXTENSION_BUNDLES) as (keyof typeof EXTENSION_BUNDLES)[], name))
      throw new NotFoundError(`No extension ${req.params.file}`);
    send(res, 'text/javascript; charset=utf-8', await extensionBundle(name));
  });
  router.get('/preview/locales/:file', async (req, res) => {
    send(
      res,
      'application/json; charset=utf-8',
      await extensionLocale(req.params.file.replace(/\.json$/, '')),
    );
  });
  return router;
}
