import type { ShopDomain } from '../../domain/shop.js';
import type { SyncRun } from '../../domain/sync-run.js';
import { ValidationError } from '../../errors.js';
import type { NewSyncRun, SyncRunPatch } from '../validation/operations.js';

const FINISHED = new Set<SyncRun['status']>(['succeeded', 'failed']);

export function newSyncRun(shop: ShopDomain, id: string, run: NewSyncRun, now: string): SyncRun {
  return {
    id,
    shop,
    kind: run.kind,
    path: run.path,
    status: 'queued',
    cursor: null,
    counts: {},
    costSpent: 0,
    errors: [],
    createdAt: now,
    startedAt: null,
    finishedAt: null,
    updatedAt: now,
  };
}

/** The run after a (validated) patch; a finished run is a record, so changing it is refused. */
export function applySyncRunPatch(run: SyncRun, patch: SyncRunPatch, now: string): SyncRun {
  if (FINISHED.has(run.status)) {
    throw new ValidationError(
      `Invalid sync run update: status cannot change, run ${run.id} already ${run.status} (start a new run)`,
      [{ path: 'status', message: `run is already ${run.status}` }],
    );
  }
  const status = patch.status ?? run.status;
  return {
    ...run,
    status,
    path: patch.path ?? run.path,
    cursor: patch.cursor === undefined ? run.cursor : patch.cursor,
    counts: patch.counts ?? run.counts,
    costSpent: patch.costSpent ?? run.costSpent,
    errors: patch.errors ?? run.errors,
    startedAt: run.startedAt ?? (status === 'queued' ? null : now),
    finishedAt: FINISHED.has(status) ? now : null,
    updatedAt: now,
  };
}
