import { PagePacer } from './page-pacer.js';
import type { SyncContext, SyncResource } from './resource.js';
import { advanceWindow, windowRoom } from './windows.js';
import { writeGroups } from './write-groups.js';

/**
 * One phase by cursor pagination: page, write, save where the next page starts — so a crash repeats at most one
 * page, and that page's writes are idempotent upserts. Pages are sized by the pacer and kept inside Shopify's
 * 25,000-object window.
 */
export async function runPagedPhase<TParent, TChild, TValue>(
  context: SyncContext,
  resource: SyncResource<TParent, TChild, TValue>,
): Promise<void> {
  const { tracker, deps } = context;
  const pacer = new PagePacer(context);
  for (;;) {
    deps.signal?.throwIfAborted();
    const start = tracker.cursor;
    const size = windowRoom(start, await pacer.nextSize());
    const page = await resource.fetchPage(context, size, start.after, start.window);
    tracker.spend(page.cost);
    pacer.observe(size, page.cost);
    await writeGroups(context, resource, page.groups);
    const last = page.groups.at(-1);
    const next = advanceWindow(start, {
      count: page.groups.length,
      hasNextPage: page.hasNextPage,
      endCursor: page.endCursor,
      windowAfterLast: () => (last ? resource.windowAfter(last.parent) : ''),
    });
    await tracker.save(next ? { ...tracker.cursor, ...next } : tracker.cursor);
    deps.log?.({
      type: 'progress',
      phase: resource.phase,
      done: tracker.count(resource.phase),
      total: resource.total(tracker.cursor),
    });
    if (!next) return;
  }
}
