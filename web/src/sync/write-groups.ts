import type { NodeGroup, SyncContext, SyncResource } from './resource.js';

function idOf(node: unknown): string | null {
  const id = (node as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : null;
}

/**
 * Maps one page or bulk batch and writes it in one idempotent store call. A parent whose children were cut short
 * gets them all first; a node the mapper cannot read is counted in the run's errors and the rest go on.
 */
export async function writeGroups<TParent, TChild, TValue>(
  context: SyncContext,
  resource: SyncResource<TParent, TChild, TValue>,
  groups: readonly NodeGroup<TParent, TChild>[],
): Promise<void> {
  const values: TValue[] = [];
  for (const group of groups) {
    const id = idOf(group.parent);
    let children = group.children;
    if (!group.complete && id !== null) {
      const all = await resource.fetchAllChildren(context, id);
      if (all === undefined) continue; // deleted in Shopify since the page was read: nothing to store
      children = all;
    }
    // Every product Shopify lists survives the deletion sweep, even one we could not read.
    if (resource.phase === 'products' && id !== null) context.seenProducts?.add(id);
    const mapped = resource.map({ ...group, children }, context.mapContext);
    if (mapped.kind === 'mapped') values.push(mapped.value);
    else context.tracker.skip(resource.phase, mapped.id, mapped.reason);
  }
  await resource.write(context, values);
}
