/**
 * App-reserved metafield namespaces: `$app` resolves to `app--<appId>` and `$app:suffix` to
 * `app--<appId>--suffix`; an omitted namespace means the app-reserved one
 * (https://shopify.dev/docs/apps/build/custom-data/ownership#reserved-prefixes). Stored and returned
 * metafields carry the resolved namespace, as Shopify's do.
 */
import { createHash } from 'node:crypto';

export function resolveNamespace(namespace: unknown, appId: string): string {
  if (namespace === undefined || namespace === null || namespace === '' || namespace === '$app')
    return `app--${appId}`;
  const text = String(namespace);
  return text.startsWith('$app:') ? `app--${appId}--${text.slice('$app:'.length)}` : text;
}

/** Opaque digest of a metafield's current value, for `compareDigest` optimistic locking. */
export function metafieldDigest(type: string, value: string): string {
  return createHash('sha256').update(`${type}\u0000${value}`).digest('hex');
}
