import type { EnqueueOptions, JobHandler } from '../queue/types.js';
import { refreshRollups, type RollupDeps } from '../measurement/kpis/index.js';
import type { Stores } from '../store/types.js';
import type { TandemJobs, TandemQueue } from './types.js';

/**
 * One rollup job per shop at a time, and none queued twice: a job waiting or running absorbs every further
 * request (it rolls up whatever is dirty when it runs, and goes round again for days marked meanwhile).
 */
export function rollupOptions(shop: string): EnqueueOptions {
  return { idempotencyKey: `rollup:${shop}`, idempotencyWindowMs: 0, serialKey: `rollup:${shop}` };
}

/** What ingest, webhooks and the KPI route call after marking days: queue the shop's rollup. */
export function rollupScheduler(queue: Pick<TandemQueue, 'enqueue'>): (shop: string) => Promise<void> {
  return async (shop) => {
    await queue.enqueue('rollup', { shop }, rollupOptions(shop));
  };
}

/** Rounds per job: a shop under constant traffic is left to the next job rather than held forever. */
const MAX_ROUNDS = 20;

/**
 * Rolls up the shop's dirty days off the request path, round after round while marks keep arriving (a mark
 * that lands while this job runs finds its request absorbed, so the job looks again before it ends).
 */
export function createRollupJob(deps: RollupDeps): JobHandler<TandemJobs['rollup']> {
  return async ({ shop }, context) => {
    for (let round = 0; round < MAX_ROUNDS; round += 1) {
      context.signal.throwIfAborted();
      if ((await refreshRollups(deps, shop)) === 0) return;
    }
  };
}

/**
 * Queues the rollup of every installed shop with days still marked: catches marks whose request was absorbed by a
 * job that had already looked (the periodic upkeep calls it).
 */
export async function sweepDirtyRollups(deps: {
  readonly stores: Pick<Stores, 'shops' | 'measurement'>;
  readonly scheduleRollup: (shop: string) => Promise<void>;
}): Promise<number> {
  let scheduled = 0;
  for (const shop of await deps.stores.shops.list({ status: 'installed' })) {
    if ((await deps.stores.measurement.dirtyDays(shop.domain)).length === 0) continue;
    await deps.scheduleRollup(shop.domain);
    scheduled += 1;
  }
  return scheduled;
}
