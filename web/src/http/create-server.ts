import express, { type Express, type RequestHandler, type Router } from 'express';
import { pinoHttp } from 'pino-http';
import { NotFoundError } from '../errors.js';
import type { Logger } from '../logger.js';
import { errorMiddleware } from './error-middleware.js';
import { healthRoutes, type ReadinessCheck } from './health-routes.js';
import { redactUrl } from './redact-url.js';
import { requestId } from './request-id.js';

export interface ServerDeps {
  readonly logger: Logger;
  readonly readiness: readonly ReadinessCheck[];
  /**
   * Routes that must see the raw body (Shopify webhooks: HMAC is over the exact bytes), mounted before
   * express.json().
   */
  readonly rawBodyRoutes?: readonly Router[];
  /** JSON API routes, mounted after express.json(). */
  readonly routes?: readonly Router[];
  /** Sets each response's frame-ancestors CSP (http/frame-ancestors.ts); before every route. */
  readonly frameAncestors?: RequestHandler;
  /** Largest JSON body accepted; bigger ones get 413. */
  readonly jsonLimit?: string;
}

/** Builds the express app from its dependencies; it opens no port and starts nothing (index.ts does). */
export function createServer(deps: ServerDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: requestId,
      autoLogging: { ignore: (req) => req.url === '/healthz' },
      // A line per request says who asked what and how it went; headers stay out (they are most of a line's
      // cost at webhook rates, and the ones that matter are secrets the redaction would blank anyway). The URL
      // loses the values of credential query parameters (an embedded app's page URL carries its id_token).
      serializers: {
        req: (req: { id: unknown; method: string; url: string; remoteAddress?: string }) => ({
          id: req.id,
          method: req.method,
          url: redactUrl(req.url),
          remoteAddress: req.remoteAddress,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  if (deps.frameAncestors) app.use(deps.frameAncestors);
  app.use(healthRoutes(deps.readiness));
  for (const router of deps.rawBodyRoutes ?? []) app.use(router);
  app.use(express.json({ limit: deps.jsonLimit ?? '256kb' }));
  for (const router of deps.routes ?? []) app.use(router);
  app.use((req, _res, next) => next(new NotFoundError(`No route for ${req.method} ${req.path}`)));
  app.use(errorMiddleware(deps.logger));
  return app;
}
