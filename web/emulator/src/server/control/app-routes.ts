import type { Router } from 'express';
import { z } from 'zod';
import { findStaff } from '../../auth/auth-context.js';
import { issueSessionToken, SESSION_TOKEN_TTL_S } from '../../auth/session-token.js';
import type { Runtime } from '../runtime.js';
import { installApp, uninstallApp } from './actions.js';
import { control, fromResult, reply, shopControl } from './respond.js';
import * as schemas from './schemas.js';

/** Apps and credentials: install / uninstall, session tokens for the admin shim, Storefront tokens. */
export function addAppRoutes(router: Router, runtime: Runtime): void {
  const { auth, shops } = runtime;
  router.get(
    '/shops',
    control(z.object({}), () =>
      reply({
        shops: [...shops.keys()],
        apps: [...auth.apps.values()].map((app) => ({ clientId: app.clientId, appId: app.appId })),
      }),
    ),
  );
  router.post(
    '/apps/install',
    shopControl(shops, schemas.appOnShopSchema, ({ shop, clientId }) =>
      fromResult(installApp(runtime, shop, clientId)),
    ),
  );
  router.post(
    '/apps/uninstall',
    shopControl(shops, schemas.appOnShopSchema, ({ shop, clientId }) =>
      fromResult(uninstallApp(runtime, shop, clientId)),
    ),
  );
  router.post(
    '/session-token',
    shopControl(shops, schemas.sessionTokenSchema, async ({ shop, clientId, userId }) => {
      const app = auth.apps.get(clientId);
      if (!app) return reply({ error: 'not-found', message: `Unknown app clientId ${clientId}` }, 404);
      if (!auth.credentials.installedScopes(shop, clientId)) {
        return reply({ error: 'conflict', message: `App ${clientId} is not installed on ${shop}` }, 409);
      }
      const user = findStaff(auth, shop, userId);
      if (!user) {
        return reply({ error: 'not-found', message: `Unknown staff user ${String(userId)} in ${shop}` }, 404);
      }
      const now = runtime.clock();
      return reply({
        token: await issueSessionToken(app, shop, user.id, now),
        userId: user.id,
        expiresAt: new Date(now + SESSION_TOKEN_TTL_S * 1000).toISOString(),
      });
    }),
  );
  router.get(
    '/apps/token-stats',
    shopControl(shops, schemas.appOnShopSchema, ({ shop, clientId }) =>
      reply(auth.credentials.tokenStats(shop, clientId)),
    ),
  );
  router.post(
    '/storefront-token',
    shopControl(shops, schemas.storefrontTokenSchema, ({ shop, kind }) =>
      reply({
        token: auth.storefront.issue(shop, kind),
        header: kind === 'private' ? 'Shopify-Storefront-Private-Token' : 'X-Shopify-Storefront-Access-Token',
      }),
    ),
  );
}
