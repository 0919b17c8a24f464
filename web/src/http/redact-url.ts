/**
 * Query parameters that carry credentials when Shopify opens an app URL: the session token (`id_token`), the
 * admin's `session` id, the launch `hmac` and the OAuth `code`. A request log keeps the parameter's name (what
 * was asked is still readable) but never its value.
 */
export const SECRET_QUERY_PARAMS = ['id_token', 'session', 'hmac', 'code'] as const;

const SECRET = new Set<string>(SECRET_QUERY_PARAMS);

/** `url` (a request's path and query) with every secret parameter's value replaced by `[redacted]`. */
export function redactUrl(url: string): string {
  const queryAt = url.indexOf('?');
  if (queryAt === -1) return url;
  const hashAt = url.indexOf('#', queryAt);
  const query = url.slice(queryAt + 1, hashAt === -1 ? undefined : hashAt);
  // Split by hand rather than through URLSearchParams: it would re-encode the parameters we keep.
  const parts = query.split('&').map((part) => {
    const eq = part.indexOf('=');
    const rawName = eq === -1 ? part : part.slice(0, eq);
    return SECRET.has(decodeName(rawName).toLowerCase()) ? `${rawName}=[redacted]` : part;
  });
  return `${url.slice(0, queryAt)}?${parts.join('&')}${hashAt === -1 ? '' : url.slice(hashAt)}`;
}

function decodeName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}
