import { Router } from 'express';
import { parseGraphqlBody, rawBody } from './body.js';
import { apiVersionGate, servedVersion } from './api-version-gate.js';
import { httpFaults } from './http-faults.js';
import { sendEngineResponse } from './engine-response.js';
import type { Runtime } from './runtime.js';
import { INVALID_TOKEN_MESSAGE, sendBadParameter, sendErrors } from './shopify-errors.js';

/**
 * Admin GraphQL at `/shops/{shop}/admin/api/{version}/graphql.json` (Shopify:
 * `https://{shop}/admin/api/{version}/graphql.json`). Requires X-Shopify-Access-Token for this shop.
 */
export function adminRoutes(runtime: Runtime): Router {
  const router = Router({ mergeParams: true });
  router.post(
    '/admin/api/:version/graphql.json',
    apiVersionGate(runtime.clock),
    httpFaults(runtime, 'admin'),
    (req, res, next) => {
      const grant = runtime.auth.credentials.verify(
        req.get('X-Shopify-Access-Token') ?? '',
        shopOf(req.params),
      );
      if (!grant) {
        sendErrors(res, 401, INVALID_TOKEN_MESSAGE);
        return;
      }
      res.locals['scopes'] = grant.scopes;
      next();
    },
    rawBody(runtime.maxBodyBytes),
    async (req, res) => {
      const shop = shopOf(req.params);
      const parsed = parseGraphqlBody(req.body, req.get('Content-Type'));
      if (parsed.kind === 'invalid') {
        sendBadParameter(res, parsed.message);
        return;
      }
      if (runtime.faults.take(['throttle'], { shop, target: 'admin' }))
        runtime.engine.faults(shop).throttleNext(1);
      const scopes = res.locals['scopes'] as readonly string[];
      const version = servedVersion(res);
      sendEngineResponse(
        res,
        await runtime.engine.executeAdmin(shop, parsed.value, { apiVersion: version, scopes }),
        version,
      );
    },
  );
  return router;
}

export const shopOf = (params: Record<string, unknown>): string => String(params['shop'] ?? '');
