import { Router } from 'express';
import { parseGraphqlBody, rawBody } from './body.js';
import { sendEngineResponse } from './engine-response.js';
import { apiVersionGate, servedVersion } from './api-version-gate.js';
import { httpFaults } from './http-faults.js';
import type { Runtime } from './runtime.js';
import { shopOf } from './admin-routes.js';
import { sendBadParameter } from './shopify-errors.js';

/**
 * Storefront GraphQL at `/shops/{shop}/api/{version}/graphql.json`. Accepts a public token in
 * X-Shopify-Storefront-Access-Token (what a browser or the checkout preview sends) or a private one in
 * Shopify-Storefront-Private-Token (server side).
 */
export function storefrontRoutes(runtime: Runtime): Router {
  const router = Router({ mergeParams: true });
  router.post(
    '/api/:version/graphql.json',
    apiVersionGate(runtime.clock),
    httpFaults(runtime, 'storefront'),
    (req, res, next) => {
      const shop = shopOf(req.params);
      const publicToken = req.get('X-Shopify-Storefront-Access-Token');
      const privateToken = req.get('Shopify-Storefront-Private-Token');
      const accepted =
        (publicToken !== undefined && runtime.auth.storefront.accepts(publicToken, shop, 'public')) ||
        (privateToken !== undefined && runtime.auth.storefront.accepts(privateToken, shop, 'private'));
      if (!accepted) {
        res.status(401).json({ errors: [{ message: 'Unauthorized', extensions: { code: 'UNAUTHORIZED' } }] });
        return;
      }
      next();
    },
    rawBody(runtime.maxBodyBytes),
    async (req, res) => {
      const parsed = parseGraphqlBody(req.body, req.get('Content-Type'));
      if (parsed.kind === 'invalid') {
        sendBadParameter(res, parsed.message);
        return;
      }
      const version = servedVersion(res);
      sendEngineResponse(
        res,
        await runtime.engine.executeStorefront(shopOf(req.params), parsed.value, version),
        version,
      );
    },
  );
  return router;
}
