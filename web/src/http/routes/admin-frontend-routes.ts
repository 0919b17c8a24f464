import { readFile } from 'node:fs/promises';
import path from 'node:path';
import express, { Router } from 'express';
import { ADMIN_PAGES } from '../../api-contract/index.js';
import { UnavailableError } from '../../errors.js';

export interface FrontendOptions {
  /** The Vite build output (web/frontend/dist). */
  readonly distDir: string;
  /** The app's client id, for App Bridge's `shopify-api-key` meta tag. */
  readonly apiKey: string;
  /**
   * Emulator mode: the App Bridge CDN script is swapped for the local shim (no Shopify admin, no internet). The
   * built files never contain the shim; only this server-side swap brings it in.
   */
  readonly devShim: boolean;
}

const APP_BRIDGE_TAG = '<script src="https://cdn.shopify.com/shopifycloud/app-bridge.js"></script>';
const API_KEY_PLACEHOLDER = '%SHOPIFY_API_KEY%';

/** The shell as served: the api key filled in and, in emulator mode, App Bridge replaced by the dev shim. */
export function shellHtml(template: string, options: Pick<FrontendOptions, 'apiKey' | 'devShim'>): string {
  if (!template.includes(APP_BRIDGE_TAG)) throw new Error('index.html lost its App Bridge script tag');
  const html = template.replaceAll(API_KEY_PLACEHOLDER, options.apiKey.replace(/[^A-Za-z0-9_-]/g, ''));
  return options.devShim
    ? html.replace(APP_BRIDGE_TAG, '<script src="/dev/app-bridge-shim.js"></script>')
    : html;
}

/**
 * Serves the built admin: hashed assets with a year's cache, and the shell (index.html) on each page path with
 * no cache, so a deploy is picked up at once. Static files need no session token; the data behind them does.
 */
export function adminFrontendRoutes(options: FrontendOptions): Router {
  const router = Router();
  let shell: Promise<string> | undefined;
  router.use(
    '/assets',
    express.static(path.join(options.distDir, 'assets'), { immutable: true, maxAge: '365d', index: false }),
  );
  const paths = ADMIN_PAGES.map((page) => page.path);
  router.get(paths, async (_req, res) => {
    shell ??= readFile(path.join(options.distDir, 'index.html'), 'utf8').then((template) =>
      shellHtml(template, options),
    );
    let html: string;
    try {
      html = await shell;
    } catch (error) {
      shell = undefined;
      throw new UnavailableError(
        `The admin is not built (${error instanceof Error ? error.message : String(error)}); run npm run build:frontend`,
      );
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(html);
  });
  return router;
}
