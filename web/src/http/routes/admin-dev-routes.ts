import path from 'node:path';
import { Router } from 'express';
import { isShopDomain } from '../../domain/shop.js';
import { NotFoundError, UnavailableError } from '../../errors.js';

export interface DevRoutesOptions {
  readonly emulatorUrl: string;
  readonly clientId: string;
  /** web/frontend/dev: the App Bridge shim, served only by these routes. */
  readonly devDir: string;
}

async function control<T>(
  options: DevRoutesOptions,
  method: 'GET' | 'POST',
  route: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${options.emulatorUrl.replace(/\/$/, '')}/_control${route}`, {
    method,
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
  });
  const parsed = (await response.json()) as T & { message?: string };
  if (response.status === 404) throw new NotFoundError(parsed.message ?? 'Unknown shop');
  if (!response.ok)
    throw new UnavailableError(`The emulator refused a session token: ${parsed.message ?? response.status}`);
  return parsed;
}

/**
 * Emulator mode only (app.ts never mounts these against real Shopify): the App Bridge shim, and session tokens for
 * it from the emulator's control API — what the Shopify admin gives App Bridge in production. Without `shop`, the
 * emulator's first shop is used, so opening the local admin needs no parameters.
 */
export function adminDevRoutes(options: DevRoutesOptions): Router {
  const router = Router();
  router.get('/dev/app-bridge-shim.js', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(options.devDir, 'app-bridge-shim.js'));
  });
  router.get('/dev/session-token', async (req, res) => {
    const requested = req.query['shop'];
    let shop = typeof requested === 'string' && requested !== '' ? requested : undefined;
    if (shop !== undefined && !isShopDomain(shop)) throw new NotFoundError(`${shop} is not a shop domain`);
    shop ??= (await control<{ shops: string[] }>(options, 'GET', '/shops')).shops[0];
    if (shop === undefined) throw new NotFoundError('The emulator has no shop');
    const issued = await control<{ token: string; expiresAt: string }>(options, 'POST', '/session-token', {
      shop,
      clientId: options.clientId,
    });
    res.setHeader('Cache-Control', 'no-store');
    res.json({ shop, token: issued.token, expiresAt: issued.expiresAt });
  });
  return router;
}
