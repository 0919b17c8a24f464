/** REST payloads carry numeric ids: `gid://shopify/Order/123` → 123. */
export function legacyId(gid: string): number {
  const match = /\/(\d+)(?:\?.*)?$/.exec(gid);
  if (!match?.[1]) throw new Error(`Not a Shopify GID with a numeric id: ${gid}`);
  return Number(match[1]);
}
