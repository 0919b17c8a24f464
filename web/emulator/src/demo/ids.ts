/**
 * Legacy (REST) ids and GIDs of the demo shop. Bases are Shopify-sized (13–14 digits, all below 2^53) so
 * code that assumes small dense ids fails here as it would on a real shop; each type has its own range
 * so an id read in the wrong place is obvious when debugging.
 */

export const LEGACY_ID_BASE = {
  Shop: 72_100_000_000,
  Collection: 440_100_000_000,
  Product: 8_100_000_000_000,
  ProductVariant: 45_100_000_000_000,
  InventoryItem: 47_300_000_000_000,
  Customer: 7_300_000_000_000,
  Order: 5_600_000_000_000,
  LineItem: 14_200_000_000_000,
} as const;

export type GidType = keyof typeof LEGACY_ID_BASE;

export function gid(type: GidType, legacyId: number): string {
  return `gid://shopify/${type}/${legacyId}`;
}

/** The numeric tail of a GID (`gid://shopify/Product/123` → "123"), as Shopify REST ids read. */
export function legacyIdOf(globalId: string): string {
  return globalId.slice(globalId.lastIndexOf('/') + 1);
}

/** ISO-8601 UTC to the second, as Shopify serialises DateTime (`2026-05-01T08:12:33Z`). */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
