/** Shopify search syntax (https://shopify.dev/docs/api/usage/search-syntax) for the filters a sync sends. */

/** e.g. `updated_at:>='2026-01-02T03:04:05Z'` — whole seconds, the form Shopify's search examples use (rounded down). */
export function atOrAfter(field: 'created_at' | 'updated_at', iso: string): string {
  return `${field}:>='${iso.replace(/\.\d+Z$/, 'Z')}'`;
}

/** e.g. `id:>1234` for gid://shopify/Product/1234. */
export function idAfter(gid: string): string {
  const id = /\/(\d+)$/.exec(gid)?.[1];
  if (!id) throw new Error(`idAfter: ${gid} is not a numeric Shopify id`);
  return `id:>${id}`;
}

/** ANDs the non-null filters; null when there are none. */
export function joinFilters(...filters: readonly (string | null)[]): string | null {
  return filters.filter((filter): filter is string => filter !== null && filter !== '').join(' AND ') || null;
}
