import type { Response } from 'express';
import type { EngineResponse } from '../engine/index.js';

/** Writes an engine result; Shopify echoes the API version that served the request. */
export function sendEngineResponse(res: Response, result: EngineResponse, apiVersion: string): void {
  res.status(result.status);
  res.set('X-Shopify-API-Version', apiVersion);
  for (const [name, value] of Object.entries(result.headers ?? {})) res.set(name, value);
  res.json(result.body);
}
