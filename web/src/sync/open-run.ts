import type { SyncKind, SyncRun } from '../domain/sync-run.js';
import { cursorJson, readCursor, type SyncCursor } from './cursor.js';
import { RunTracker } from './run-tracker.js';
import type { ResolvedSyncOptions, SyncDeps } from './types.js';

export interface OpenedRun {
  readonly tracker: RunTracker;
  /** True for a run that still has to be planned (filters, path, totals). */
  readonly fresh: boolean;
  /** The run whose progress this one continues, if any. */
  readonly resumedFrom: string | null;
}

/** A running full sync covers any incremental request; incremental and reconcile are the same work. */
function covers(running: SyncKind, requested: SyncKind): boolean {
  return running === 'full' || requested !== 'full';
}

function placeholderCursor(startedAt: string): SyncCursor {
  return {
    v: 1,
    phase: 'products',
    startedAt,
    productQuery: null,
    orderQuery: null,
    totals: { products: null, orders: null },
    after: null,
    window: null,
    windowOffset: 0,
    bulk: null,
  };
}

/**
 * Finds the run to work on. A `running` run is one whose process died or was stopped (the job queue never runs two
 * syncs of a shop at once), so it is taken over where its cursor points. A `queued` run of the requested kind (made
 * by the API before enqueueing) is adopted. A recently failed run that failed for a retryable reason hands its
 * cursor to a new run. Anything else starts afresh.
 */
export async function openRun(
  deps: SyncDeps,
  options: ResolvedSyncOptions,
  kind: SyncKind,
): Promise<OpenedRun> {
  const { stores, shop } = deps;
  const emit = deps.log ?? (() => undefined);
  const startedAt = deps.now().toISOString();
  const track = (run: SyncRun, cursor: SyncCursor) =>
    new RunTracker(stores, shop, run, cursor, options.maxStoredErrors, emit);
  const latest = await stores.syncRuns.latest(shop);
  const latestCursor = latest ? readCursor(latest.cursor) : undefined;

  if (latest?.status === 'running' && latestCursor && covers(latest.kind, kind)) {
    return { tracker: track(latest, latestCursor), fresh: false, resumedFrom: latest.id };
  }
  if (latest?.status === 'queued' && latest.kind === kind && !latestCursor) {
    const cursor = placeholderCursor(startedAt);
    const run = await stores.syncRuns.update(shop, latest.id, {
      status: 'running',
      cursor: cursorJson(cursor),
    });
    return { tracker: track(run, cursor), fresh: true, resumedFrom: null };
  }
  if (latest && (latest.status === 'running' || latest.status === 'queued')) {
    await stores.syncRuns.update(shop, latest.id, {
      status: 'failed',
      errors: [...latest.errors, { resourceId: null, message: `superseded by a new ${kind} sync` }],
    });
  }

  if (latest && latestCursor && continuable(latest, latestCursor, kind, deps, options)) {
    // Reset the bulk attempts: the new run gets its own budget of operations.
    const cursor: SyncCursor = {
      ...latestCursor,
      resumable: false,
      bulk: latestCursor.bulk && { ...latestCursor.bulk, attempts: 0 },
    };
    const created = await stores.syncRuns.create(shop, { kind: latest.kind, path: latest.path });
    const run = await stores.syncRuns.update(shop, created.id, {
      status: 'running',
      cursor: cursorJson(cursor),
      counts: latest.counts,
      costSpent: latest.costSpent,
    });
    return { tracker: track(run, cursor), fresh: false, resumedFrom: latest.id };
  }
  const cursor = placeholderCursor(startedAt);
  const created = await stores.syncRuns.create(shop, { kind, path: 'paged' });
  const run = await stores.syncRuns.update(shop, created.id, {
    status: 'running',
    cursor: cursorJson(cursor),
  });
  return { tracker: track(run, cursor), fresh: true, resumedFrom: null };
}

function continuable(
  latest: SyncRun,
  cursor: SyncCursor,
  kind: SyncKind,
  deps: SyncDeps,
  options: ResolvedSyncOptions,
): boolean {
  if (
    latest.status !== 'failed' ||
    !cursor.resumable ||
    cursor.phase === 'done' ||
    !covers(latest.kind, kind)
  )
    return false;
  const failedAt = Date.parse(latest.finishedAt ?? latest.updatedAt);
  return deps.now().getTime() - failedAt <= options.resumeFailedWithinMs;
}
