import type { JobQueue } from '../queue/types.js';
import type { SyncKind } from '../domain/sync-run.js';

/** What asked for a recompute (logged; it also keys the job, so one cause enqueues it once). */
export type RecomputeReason = 'sync' | 'nightly';

/** Every background job of the app: name → payload (JSON only: BullMQ stores it in Redis). */
// A type alias, not an interface: only aliases satisfy JobMap's index signature without widening the keys.
export type TandemJobs = {
  /** Copy the shop's catalog and recent orders (full) or what changed since the last run. */
  sync: { readonly shop: string; readonly kind: SyncKind };
  /** Recompute the shop's offer lists and publish what changed to checkout. */
  recompute: { readonly shop: string; readonly reason: RecomputeReason };
  /** Bring the shop's daily KPI rollups up to date (the days events, checkouts and orders marked). */
  rollup: { readonly shop: string };
  /** Process one persisted webhook delivery (by X-Shopify-Webhook-Id) from the inbox; the topic is for logs. */
  webhook: { readonly shop: string; readonly webhookId: string; readonly topic: string };
};

export type TandemQueue = JobQueue<TandemJobs>;
