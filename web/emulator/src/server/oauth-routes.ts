import { Router } from 'express';
import { accessTokenEndpoint } from '../auth/access-token.js';
import { authorize } from '../auth/authorize.js';
import { shopOf } from './admin-routes.js';
import { parseFormOrJson, rawBody } from './body.js';
import { httpFaults } from './http-faults.js';
import type { Runtime } from './runtime.js';

/** OAuth at `/shops/{shop}/admin/oauth/authorize` and `/shops/{shop}/admin/oauth/access_token`. */
export function oauthRoutes(runtime: Runtime): Router {
  const router = Router({ mergeParams: true });
  router.get('/admin/oauth/authorize', httpFaults(runtime, 'oauth'), (req, res) => {
    const outcome = authorize(runtime.auth, shopOf(req.params), req.query);
    if (outcome.kind === 'redirect') {
      res.redirect(302, outcome.location);
      return;
    }
    res.status(outcome.status).type('text/plain').send(outcome.message);
  });
  router.post(
    '/admin/oauth/access_token',
    httpFaults(runtime, 'oauth'),
    rawBody(runtime.maxBodyBytes),
    async (req, res) => {
      const parsed = parseFormOrJson(req.body, req.get('Content-Type'));
      if (parsed.kind === 'invalid') {
        res.status(400).json({ error: 'invalid_request', error_description: parsed.message });
        return;
      }
      const result = await accessTokenEndpoint(runtime.auth, shopOf(req.params), parsed.value);
      res.status(result.status).json(result.body);
    },
  );
  return router;
}
