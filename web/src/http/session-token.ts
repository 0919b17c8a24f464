import type { Shopify } from '@shopify/shopify-api';
import type { RequestHandler, Response } from 'express';
import { UnauthorizedError } from '../errors.js';
import { isShopDomain } from '../domain/shop.js';
import type { Installer } from '../install/installer.js';

/** The authenticated shop of an /api request: taken from the verified session token, never from the query. */
export function authenticatedShop(res: Response): string {
  const shop: unknown = res.locals['shop'];
  if (typeof shop !== 'string') throw new UnauthorizedError('Not authenticated');
  return shop;
}

/**
 * Verifies the App Bridge session token on every /api request (signature, expiry, audience — by
 * @shopify/shopify-api), installs the shop on its first request, and scopes the request to the token's shop.
 * A failed check answers 401 with the header App Bridge reads to fetch a fresh token and retry.
 */
export function requireSessionToken(shopify: Shopify, installer: Installer): RequestHandler {
  return async (req, res, next) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) {
      next(new UnauthorizedError('Missing session token (Authorization: Bearer …)'));
      return;
    }
    const token = match[1];
    let shop: string;
    try {
      const payload = await shopify.session.decodeSessionToken(token);
      shop = new URL(payload.dest).hostname;
    } catch {
      res.setHeader('X-Shopify-Retry-Invalid-Session-Request', '1');
      next(new UnauthorizedError('Invalid session token'));
      return;
    }
    if (!isShopDomain(shop)) {
      next(new UnauthorizedError('Session token names no shop'));
      return;
    }
    try {
      await installer.ensureInstalled(shop, token);
    } catch (error) {
      if (error instanceof UnauthorizedError) res.setHeader('X-Shopify-Retry-Invalid-Session-Request', '1');
      next(error);
      return;
    }
    res.locals['shop'] = shop;
    next();
  };
}
