import type { RequestHandler, Response } from 'express';
import { IMPLEMENTED_API_VERSIONS, resolveApiVersion, type ImplementedApiVersion } from '../engine/index.js';
import { sendErrors } from './shopify-errors.js';

/**
 * Resolves the `:version` path segment the way Shopify does (engine/api-versions.ts) on the emulator's clock:
 * an unknown string is a 404 as on Shopify; a retired version is served by the oldest supported one; a
 * version the emulator has no schema for is a 501 naming it, so a test asking for one fails loudly instead
 * of running against a schema it did not ask for.
 */
export function apiVersionGate(clock: () => number): RequestHandler {
  return (req, res, next) => {
    const resolution = resolveApiVersion(String(req.params['version']), new Date(clock()));
    if (resolution.kind === 'unknown') {
      sendErrors(res, 404, 'Not Found');
      return;
    }
    if (resolution.kind === 'not-implemented') {
      const fallsForward =
        resolution.version === resolution.requested ? '' : ` (${resolution.requested} falls forward to it)`;
      sendErrors(
        res,
        501,
        `The emulator does not implement API version ${resolution.version}${fallsForward}; it implements ${IMPLEMENTED_API_VERSIONS.join(', ')}`,
      );
      return;
    }
    res.locals['apiVersion'] = resolution.version;
    next();
  };
}

/** The version the gate resolved for this request. */
export const servedVersion = (res: Response): ImplementedApiVersion =>
  res.locals['apiVersion'] as ImplementedApiVersion;
