import type { Request, RequestHandler, Response } from 'express';
import type { HttpTarget } from '../faults/types.js';
import type { Runtime } from './runtime.js';
import { sendErrors } from './shopify-errors.js';

/** How long a `timeout` fault holds a request before dropping the connection, unless the rule says otherwise. */
export const DEFAULT_HANG_MS = 30_000;

/**
 * Applies `http-error` and `timeout` faults to requests of one surface before any other handling, as
 * an outage at Shopify's edge would: a 5xx with a Shopify-style body, or no answer at all.
 */
export function httpFaults(
  runtime: Runtime,
  target: Exclude<HttpTarget, 'any'>,
  shopOf: (req: Request) => string = (req) => String(req.params['shop'] ?? ''),
): RequestHandler {
  return (req, res, next) => {
    const shop = shopOf(req);
    const fault = runtime.faults.take(['http-error', 'timeout'], { shop, target });
    if (!fault) {
      next();
      return;
    }
    if (fault.kind === 'http-error') {
      sendErrors(res, fault.status);
      return;
    }
    hang(runtime, req, res, fault.hangMs ?? DEFAULT_HANG_MS);
  };
}

function hang(runtime: Runtime, req: Request, res: Response, hangMs: number): void {
  const socket = req.socket;
  runtime.hanging.add(socket);
  const timer = setTimeout(() => socket.destroy(), hangMs);
  socket.once('close', () => {
    clearTimeout(timer);
    runtime.hanging.delete(socket);
  });
  // Keep the request consumed so the client is not blocked on a full send buffer; never answer.
  req.resume();
  res.on('error', () => undefined);
}
