import type { Logger } from '../logger.js';
import type { ShopStore } from '../store/ports/shop-store.js';
import type { SyncRunStore } from '../store/ports/sync-run-store.js';
import { RECOMPUTE_EVERY_MS, recomputeOptions } from './recompute-job.js';
import type { TandemQueue } from './types.js';

export interface RecurringDeps {
  readonly shops: Pick<ShopStore, 'list'>;
  readonly syncRuns: Pick<SyncRunStore, 'latest'>;
  readonly queue: Pick<TandemQueue, 'enqueue'>;
  readonly logger: Logger;
  readonly now: () => Date;
}

/** How often each installed shop is reconciled against Shopify (catches webhooks Shopify gave up on). */
export const RECONCILE_EVERY_MS = 6 * 3_600_000;

/**
 * Enqueues the periodic work of every installed shop for the current time window. The window index is part of
 * the idempotency key, so any number of web processes calling this at any rate enqueue each shop's job once per
 * window.
 */
export async function enqueueRecurring(deps: RecurringDeps, everyMs = RECONCILE_EVERY_MS): Promise<number> {
  const window = Math.floor(deps.now().getTime() / everyMs);
  let enqueued = 0;
  for (const shop of await deps.shops.list({ status: 'installed' })) {
    // A shop synced within the period (e.g. just installed) is fresh enough; reconciling it now would repeat work.
    const latest = await deps.syncRuns.latest(shop.domain);
    if (latest && Date.parse(latest.createdAt) > deps.now().getTime() - everyMs) continue;
    const result = await deps.queue.enqueue(
      'sync',
      { shop: shop.domain, kind: 'reconcile' },
      {
        idempotencyKey: `reconcile:${shop.domain}:${window}`,
        idempotencyWindowMs: everyMs,
        serialKey: shop.domain,
      },
    );
    if (result.kind === 'enqueued') enqueued += 1;
  }
  if (enqueued > 0) deps.logger.info({ enqueued, window }, 'recurring reconcile enqueued');
  return enqueued;
}

/** Enqueues each installed shop's recompute once per day (UTC), however often and by however many processes. */
export async function enqueueNightlyRecompute(
  deps: Omit<RecurringDeps, 'syncRuns'>,
  everyMs = RECOMPUTE_EVERY_MS,
): Promise<number> {
  const day = Math.floor(deps.now().getTime() / everyMs);
  let enqueued = 0;
  for (const shop of await deps.shops.list({ status: 'installed' })) {
    const result = await deps.queue.enqueue(
      'recompute',
      { shop: shop.domain, reason: 'nightly' },
      { ...recomputeOptions(shop.domain, `nightly:${day}`), idempotencyWindowMs: everyMs },
    );
    if (result.kind === 'enqueued') enqueued += 1;
  }
  if (enqueued > 0) deps.logger.info({ enqueued, day }, 'nightly recompute enqueued');
  return enqueued;
}
