import type { BulkProgress } from '../cursor.js';
import type { NodeGroup, SyncContext, SyncResource } from '../resource.js';
import { writeGroups } from '../write-groups.js';
import { groupLines, type LineGroup } from './group-lines.js';
import { readLines, TransferError } from './jsonl-lines.js';

export type FileOutcome =
  | { readonly kind: 'complete' }
  /** Fewer objects than the operation reported, or the transfer broke off; what was complete is stored. */
  | { readonly kind: 'truncated'; readonly reason: string; readonly objects: number }
  /** The signed URL no longer serves the file (expired): only a new operation helps. */
  | { readonly kind: 'gone'; readonly reason: string };

// The mapper reads every field defensively, so untyped JSON lines are handed over as the fragment types.
const asNodeGroup = <TParent, TChild>(group: LineGroup): NodeGroup<TParent, TChild> => ({
  parent: group.parent as TParent,
  children: group.children as TChild[],
  complete: true,
});

/**
 * Streams a finished operation's JSONL from `progress.lines` on, writing complete parent groups in batches and
 * saving the line position after each batch. The last group is stored only when the file proved complete (as many
 * objects as Shopify's objectCount, last line intact): a cut-off file could have lost that parent's last children.
 */
export async function consumeBulkFile<TParent, TChild, TValue>(
  context: SyncContext,
  resource: SyncResource<TParent, TChild, TValue>,
  url: string,
  progress: BulkProgress,
  expectedObjects: number,
): Promise<FileOutcome> {
  const { tracker, deps } = context;
  const response = await (deps.fetch ?? fetch)(url).catch(
    (error: unknown) => new TransferError(String(error)),
  );
  if (response instanceof TransferError)
    return { kind: 'truncated', reason: `download failed: ${response.message}`, objects: 0 };
  if ([403, 404, 410].includes(response.status))
    return { kind: 'gone', reason: `result file answered HTTP ${response.status}` };
  if (!response.ok || !response.body)
    return { kind: 'truncated', reason: `result file answered HTTP ${response.status}`, objects: 0 };

  const batch: NodeGroup<TParent, TChild>[] = [];
  let batchEnd = progress.lines;
  const flush = async (): Promise<void> => {
    await writeGroups(context, resource, batch.splice(0));
    await tracker.save({ ...tracker.cursor, bulk: { ...progress, lines: batchEnd } });
    deps.log?.({
      type: 'progress',
      phase: resource.phase,
      done: tracker.count(resource.phase),
      total: resource.total(tracker.cursor),
    });
  };
  try {
    for await (const event of groupLines(readLines(response.body), progress.lines)) {
      if (event.kind === 'bad-line') {
        tracker.skip(resource.phase, event.id, event.reason);
      } else if (event.kind === 'group') {
        batch.push(asNodeGroup(event.group));
        batchEnd = event.group.nextLine;
        if (batch.length >= context.options.bulkBatchSize) {
          deps.signal?.throwIfAborted();
          await flush();
        }
      } else {
        const complete = !event.cutOff && event.objects >= expectedObjects;
        if (complete && event.last) {
          batch.push(asNodeGroup(event.last));
          batchEnd = event.last.nextLine;
        }
        await flush();
        if (complete) return { kind: 'complete' };
        const where = event.cutOff
          ? 'its last line was cut off'
          : `it ended after ${event.objects} of ${expectedObjects} objects`;
        return {
          kind: 'truncated',
          reason: `the ${resource.phase} result file is incomplete: ${where}`,
          objects: event.objects,
        };
      }
    }
  } catch (error) {
    if (!(error instanceof TransferError)) throw error;
    await flush();
    return { kind: 'truncated', reason: error.message, objects: batchEnd };
  }
  throw new Error('groupLines ended without an end event');
}
