import type { Request, RequestHandler } from 'express';
import { isShopDomain, type ShopDomain } from '../domain/shop.js';

export interface FrameAncestorsDeps {
  /** The shop a verified session token (`id_token`, as Shopify appends it to an app URL) names, else undefined. */
  readonly verifiedShop: (idToken: string) => Promise<ShopDomain | undefined>;
  /** True for a shop that installed the app: a bare `?shop=` of any other domain earns no frame permission. */
  readonly isInstalled: (shop: ShopDomain) => Promise<boolean>;
  /** Emulator mode: `'self'`, so the local admin stand-in (same origin) can frame the app. Empty in production. */
  readonly extraSources: readonly string[];
}

/** The Content-Security-Policy value for `shop` (undefined: nobody may frame the response). */
export function frameAncestorsPolicy(shop: ShopDomain | undefined, extraSources: readonly string[]): string {
  const sources = shop ? [`https://${shop}`, 'https://admin.shopify.com'] : [];
  const all = [...sources, ...extraSources];
  return `frame-ancestors ${all.length > 0 ? all.join(' ') : "'none'"};`;
}

/**
 * Shopify's iframe protection (https://shopify.dev/docs/apps/build/security/app-server/set-up-iframe-protection):
 * every response says who may frame it — the shop the request is for and the Shopify admin, or no one when
 * no shop is known. The shop comes from a verified `id_token`, else from `?shop=` of an installed shop. Set
 * on every response, not only HTML ones, so no route can forget it; only requests that name a shop cost a
 * lookup (webhooks and /api calls carry none in their query).
 */
export function frameAncestors(deps: FrameAncestorsDeps): RequestHandler {
  const none = frameAncestorsPolicy(undefined, deps.extraSources);
  return (req, res, next) => {
    res.setHeader('Content-Security-Policy', none);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      next();
      return;
    }
    shopOfRequest(req, deps).then(
      (shop) => {
        if (shop) res.setHeader('Content-Security-Policy', frameAncestorsPolicy(shop, deps.extraSources));
        next();
      },
      // A lookup that fails leaves 'none': the page cannot be framed, which is the safe side.
      () => next(),
    );
  };
}

async function shopOfRequest(req: Request, deps: FrameAncestorsDeps): Promise<ShopDomain | undefined> {
  const idToken = req.query['id_token'];
  if (typeof idToken === 'string' && idToken !== '') return deps.verifiedShop(idToken);
  const shop = req.query['shop'];
  return isShopDomain(shop) && (await deps.isInstalled(shop)) ? shop : undefined;
}
