/**
 * The `shopify` global checkout installs for each target (API 2026-07). Read when a target renders, never at
 * import time, and handed down explicitly so components stay testable.
 */
export function shopifyApi<Api>(): Api {
  const api = (globalThis as { shopify?: Api }).shopify;
  if (api === undefined) throw new Error('Tandem offers: the checkout `shopify` global is missing');
  return api;
}
