/**
 * Keeps one item per id, the one with the latest `updatedAt` (the later one on ties), in first-seen order.
 * A batch may repeat an id (a product edited twice within one bulk file); one statement may not.
 */
export function newestById<T extends { readonly id: string; readonly updatedAt: string }>(
  items: readonly T[],
): T[] {
  const byId = new Map<string, T>();
  for (const item of items) {
    const current = byId.get(item.id);
    if (current === undefined || current.updatedAt <= item.updatedAt) byId.set(item.id, item);
  }
  return [...byId.values()];
}

/** Splits into arrays of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** Groups values by key, keeping their order within each group. */
export function groupBy<T, V = T>(
  items: Iterable<T>,
  keyOf: (item: T) => string,
  map: (item: T) => V,
): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [map(item)]);
    else group.push(map(item));
  }
  return groups;
}
