import type { SyncRun } from '../domain/sync-run.js';
import { isNonRetryable } from '../errors.js';
import { runBulkPhase } from './bulk/bulk-phase.js';
import { nextPhase } from './cursor.js';
import { openRun } from './open-run.js';
import { resolveSyncOptions } from './options.js';
import { ordersResource } from './orders-resource.js';
import { effectiveKind, planRun, readShopFacts } from './plan.js';
import { productsResource } from './products-resource.js';
import type { SyncContext, SyncResource } from './resource.js';
import { runPagedPhase } from './paged-phase.js';
import { sweepDeletedProducts } from './sweep.js';
import type { SyncDeps } from './types.js';

function abortableSleep(
  sleep: (ms: number) => Promise<void>,
  signal: AbortSignal | undefined,
): (ms: number) => Promise<void> {
  if (!signal) return sleep;
  return (ms) =>
    new Promise<void>((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      sleep(ms).then(
        () => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function runPhase<TParent, TChild, TValue>(
  context: SyncContext,
  resource: SyncResource<TParent, TChild, TValue>,
): Promise<void> {
  const { tracker, deps } = context;
  deps.log?.({
    type: 'phase-started',
    phase: resource.phase,
    path: tracker.snapshot.path,
    total: resource.total(tracker.cursor),
  });
  if (tracker.snapshot.path === 'bulk') await runBulkPhase(context, resource);
  else await runPagedPhase(context, resource);
}

/**
 * Syncs one shop's catalog and orders into the store and returns the finished SyncRun.
 *
 * Full: every product (deleted ones swept at the end) and the orders of the last `orderWindowDays` (all with
 * read_all_orders). Incremental/reconcile: what changed since the last successful run. Paged or bulk by Shopify's
 * counts. Progress is saved after every page/batch; a run left `running` (crash, kill, abort) is resumed by the
 * next call, and a run that failed for a retryable reason hands its cursor on. On failure the run is recorded as
 * failed and the error is rethrown (retryable or not, as the job queue needs). On abort the run stays `running`.
 */
export async function runSync(deps: SyncDeps): Promise<SyncRun> {
  const options = resolveSyncOptions(deps.options);
  const { kind, since } = await effectiveKind(deps, options.kind);
  const { tracker, fresh, resumedFrom } = await openRun(deps, options, kind);
  try {
    const facts = await readShopFacts(deps, tracker);
    if (fresh) {
      const plan = await planRun(deps, options, tracker, facts, since);
      await tracker.plan(plan.path, plan.cursor);
    }
    const start = tracker.cursor;
    deps.log?.({
      type: 'run-started',
      runId: tracker.id,
      kind: tracker.snapshot.kind,
      path: tracker.snapshot.path,
      resumedFrom,
      phase: start.phase,
    });
    const context: SyncContext = {
      deps,
      options,
      tracker,
      mapContext: { shopCurrency: facts.currency, customerHashKey: options.customerHashKey },
      sleep: abortableSleep(deps.sleep ?? realSleep, deps.signal),
      seenProducts:
        start.phase === 'products' &&
        start.after === null &&
        start.window === null &&
        (start.bulk?.lines ?? 0) === 0
          ? new Set()
          : null,
    };
    const full = tracker.snapshot.kind === 'full';
    for (let phase = tracker.cursor.phase; phase !== 'done'; phase = tracker.cursor.phase) {
      if (phase === 'products') await runPhase(context, productsResource);
      else if (phase === 'orders') await runPhase(context, ordersResource);
      else await sweepDeletedProducts(context);
      await tracker.save({
        ...tracker.cursor,
        phase: nextPhase(phase, full),
        after: null,
        window: null,
        windowOffset: 0,
        bulk: null,
      });
    }
    return await tracker.finish('succeeded');
  } catch (error) {
    if (deps.signal?.aborted) throw error;
    const message = error instanceof Error ? error.message : String(error);
    await tracker.finish('failed', { message, resumable: !isNonRetryable(error) }).catch(() => undefined);
    throw error;
  }
}
