import type { BulkProgress } from '../cursor.js';
import { BulkOperationError, TruncatedBulkFileError } from '../errors.js';
import type { SyncContext, SyncResource } from '../resource.js';
import { awaitBulkOperation, startBulkOperation } from './bulk-operation.js';
import { consumeBulkFile } from './consume-file.js';

/**
 * One phase through a bulk operation: start it (or re-poll the id a crashed run stored), wait for it, stream its
 * file from the stored line on. A broken download is fetched once more from where it stopped; a file that stays
 * incomplete, or an operation that failed, expired or was canceled, is replaced by a new operation — at most
 * `maxBulkAttempts` of them — whose file is read from the start (writes are idempotent). Then the run fails with
 * the last reason.
 */
export async function runBulkPhase<TParent, TChild, TValue>(
  context: SyncContext,
  resource: SyncResource<TParent, TChild, TValue>,
): Promise<void> {
  const { tracker, options, deps } = context;
  let redownloaded = false;
  for (;;) {
    deps.signal?.throwIfAborted();
    let bulk: BulkProgress = tracker.cursor.bulk ?? { id: null, lines: 0, attempts: 0 };
    if (bulk.id === null) {
      bulk = {
        id: await startBulkOperation(context, resource.bulkQuery(tracker.cursor)),
        lines: 0,
        attempts: bulk.attempts + 1,
      };
      await tracker.save({ ...tracker.cursor, bulk });
    }
    const operation = await awaitBulkOperation(context, bulk.id ?? '', resource.phase);
    let failure: Error;
    if (operation.status === 'COMPLETED') {
      if (!operation.url) return; // Shopify gives no file when the query matched nothing
      const expected = Number(operation.objectCount);
      const outcome = await consumeBulkFile(context, resource, operation.url, bulk, expected);
      if (outcome.kind === 'complete') return;
      if (outcome.kind === 'truncated' && !redownloaded) {
        redownloaded = true;
        deps.log?.({
          type: 'bulk-retry',
          phase: resource.phase,
          reason: `${outcome.reason}; downloading again`,
          attempt: bulk.attempts,
        });
        continue;
      }
      const read = outcome.kind === 'truncated' ? outcome.objects : 0;
      failure = new TruncatedBulkFileError(
        `Bulk ${resource.phase} sync gave up: ${outcome.reason}`,
        read,
        expected,
      );
    } else {
      const detail = `bulk operation ${operation.id} ended ${operation.status}${operation.errorCode ? ` (${operation.errorCode})` : ''}`;
      failure = new BulkOperationError(`Bulk ${resource.phase} sync failed: ${detail}`, operation.errorCode);
      if (operation.errorCode === 'ACCESS_DENIED') throw failure;
    }
    if (bulk.attempts >= options.maxBulkAttempts) throw failure;
    deps.log?.({
      type: 'bulk-retry',
      phase: resource.phase,
      reason: `${failure.message}; starting a new operation`,
      attempt: bulk.attempts + 1,
    });
    redownloaded = false;
    await tracker.save({ ...tracker.cursor, bulk: { id: null, lines: 0, attempts: bulk.attempts } });
  }
}
