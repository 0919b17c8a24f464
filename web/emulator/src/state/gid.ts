/** Shopify global ids (`gid://shopify/Product/123`): build, parse and number them. */

const GID = /^gid:\/\/shopify\/([A-Za-z]+)\/(\d+)(?:\?.*)?$/;

export interface ParsedGid {
  readonly type: string;
  readonly id: number;
}

export function gid(type: string, id: number): string {
  return `gid://shopify/${type}/${id}`;
}

export function parseGid(value: string): ParsedGid | undefined {
  const match = GID.exec(value);
  if (!match?.[1] || !match[2]) return undefined;
  return { type: match[1], id: Number(match[2]) };
}

/** Numeric part of a GID (what Shopify's REST payloads and `legacyResourceId` carry); 0 when not a GID. */
export function numericId(value: string): number {
  return parseGid(value)?.id ?? 0;
}

/** The GID type (`Product`) or undefined when the value is not a Shopify GID. */
export function gidType(value: string): string | undefined {
  return parseGid(value)?.type;
}
