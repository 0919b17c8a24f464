import express, { Router, type RequestHandler, type Response } from 'express';
import { PayloadTooLargeError, RateLimitedError } from '../../errors.js';
import type { EventIngest } from '../../measurement/ingest/index.js';

// The pixel runs in Shopify's sandbox on another origin and sends no credentials: any origin may post.
function allowAnyOrigin(res: Response): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Vary', 'Origin');
}

/** 429 answers carry Retry-After (whole seconds) for clients that honour it. */
function withRetryAfter(
  handler: (...args: Parameters<RequestHandler>) => void | Promise<void>,
): RequestHandler {
  return async (req, res, next) => {
    try {
      await handler(req, res, next);
    } catch (error) {
      if (error instanceof RateLimitedError)
        res.setHeader('Retry-After', String(Math.max(1, Math.ceil(error.retryAfterMs / 1000))));
      next(error);
    }
  };
}

/**
 * POST /api/events: offer events from the web pixel, `{shop, events: OfferEventData[]}` as a text/plain JSON
 * body (a CORS "simple" request, so sendBeacon needs no preflight; application/json is accepted too).
 * Answers 200 `{accepted}` once stored; 400 naming every problem (unknown fields, wrong types, future
 * timestamps, unknown shop), 413 above the size limit, 429 with Retry-After over the per-IP or per-shop
 * limit. OPTIONS answers the preflight a fetch with other headers would send. Public: no session token.
 */
export function eventsRoutes(deps: { readonly ingest: EventIngest }): Router {
  const router = Router();
  const { maxBodyBytes } = deps.ingest.limits;
  router.options('/api/events', (_req, res) => {
    allowAnyOrigin(res);
    res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
    res.setHeader('Access-Control-Max-Age', '86400');
    res.status(204).end();
  });
  router.post(
    '/api/events',
    withRetryAfter((req, res, next) => {
      allowAnyOrigin(res);
      // Before the body is read: a client over its budget or announcing too large a body costs nothing more.
      deps.ingest.admit(req.ip ?? req.socket.remoteAddress ?? 'unknown');
      if (Number(req.get('content-length') ?? 0) > maxBodyBytes)
        throw new PayloadTooLargeError(`Request body is larger than ${maxBodyBytes} bytes`);
      next();
    }),
    // express.json() already read application/json bodies; everything else is read here as text.
    express.text({ type: () => true, limit: maxBodyBytes }),
    withRetryAfter(async (req, res) => {
      res.json(await deps.ingest.ingest(req.body));
    }),
  );
  return router;
}
