import type { ShopDomain } from '../domain/shop.js';
import type { SyncKind, SyncPath, SyncStatus } from '../domain/sync-run.js';
import type { AdminClient } from '../shopify/admin/client.js';
import type { Stores } from '../store/types.js';

/** The stores a sync writes: catalog, orders and its own run row. */
export type SyncStores = Pick<Stores, 'catalog' | 'orders' | 'syncRuns' | 'shops' | 'settings' | 'profiles'>;

export const SYNC_PHASES = ['products', 'orders', 'sweep', 'done'] as const;
export type SyncPhase = (typeof SYNC_PHASES)[number];

/** Bulk operation statuses after which no more polling helps. */
export const BULK_FINAL_STATUSES = ['COMPLETED', 'FAILED', 'CANCELED', 'EXPIRED'] as const;

export interface SyncOptions {
  /** Default 'full'. An incremental/reconcile without an earlier successful run becomes a full sync. */
  readonly kind?: SyncKind;
  /** Force a path; default: chosen from productsCount/ordersCount against `bulkThreshold`. */
  readonly path?: SyncPath;
  /** Either count at or above its threshold → bulk operations. Default 10,000 products / 50,000 orders. */
  readonly bulkThreshold?: { readonly products: number; readonly orders: number };
  /** Orders created in the last N days (default 60) unless the shop granted read_all_orders. */
  readonly orderWindowDays?: number;
  /** Override the read_all_orders detection (from the installation's access scopes). */
  readonly allOrders?: boolean;
  /** Per-app secret for the one-way customer hash (hashCustomerId). Required. */
  readonly customerHashKey: string;
  /** Largest page (Shopify's maximum is 250). */
  readonly maxPageSize?: number;
  /** Size of the first page, before any cost was observed (default 50). */
  readonly firstPageSize?: number;
  /** Shopify rejects single queries above 1,000 points. */
  readonly maxQueryCost?: number;
  /** Variants fetched with each product / lines with each order; the rest follow in extra queries. */
  readonly variantsFirst?: number;
  readonly linesFirst?: number;
  /** Products / orders written per store call on the bulk path (and resume granularity). */
  readonly bulkBatchSize?: number;
  /** New bulk operations tried after a failed, expired or truncated one (default 3). */
  readonly maxBulkAttempts?: number;
  /** Bulk status polling: first delay, growth factor and cap (ms). */
  readonly bulkPoll?: { readonly initialMs: number; readonly factor: number; readonly maxMs: number };
  /** How far before the last successful run an incremental run looks back (clock skew, in-flight writes). */
  readonly incrementalOverlapMs?: number;
  /** A failed run younger than this, failed by a retryable error, is continued instead of restarted. */
  readonly resumeFailedWithinMs?: number;
  /** Run errors kept on the row (the `skipped` count has the total). */
  readonly maxStoredErrors?: number;
}

export type ResolvedSyncOptions = Required<Omit<SyncOptions, 'path' | 'allOrders'>> &
  Pick<SyncOptions, 'path' | 'allOrders'>;

/** Typed events for logs and the CLI progress bar. */
export type SyncEvent =
  | {
      readonly type: 'run-started';
      readonly runId: string;
      readonly kind: SyncKind;
      readonly path: SyncPath;
      readonly resumedFrom: string | null;
      readonly phase: SyncPhase;
    }
  | {
      readonly type: 'phase-started';
      readonly phase: SyncPhase;
      readonly path: SyncPath;
      readonly total: number | null;
    }
  | {
      readonly type: 'progress';
      readonly phase: SyncPhase;
      readonly done: number;
      readonly total: number | null;
    }
  | {
      readonly type: 'skipped';
      readonly phase: SyncPhase;
      readonly id: string | null;
      readonly reason: string;
    }
  | {
      readonly type: 'bulk-status';
      readonly phase: SyncPhase;
      readonly operationId: string;
      readonly status: string;
      readonly objectCount: number;
    }
  | {
      readonly type: 'bulk-retry';
      readonly phase: SyncPhase;
      readonly reason: string;
      readonly attempt: number;
    }
  | { readonly type: 'swept'; readonly deleted: number }
  | {
      readonly type: 'run-finished';
      readonly runId: string;
      readonly status: SyncStatus;
      readonly costSpent: number;
      readonly counts: Readonly<Record<string, number>>;
      readonly message?: string;
    };

export interface SyncDeps {
  /** Admin client of this shop (createAdminClient). */
  readonly client: AdminClient;
  readonly stores: SyncStores;
  readonly shop: ShopDomain;
  readonly log?: (event: SyncEvent) => void;
  readonly now: () => Date;
  /** Waits for the bucket and between bulk polls; same clock as `now` (tests and the bench scale time). */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Downloads bulk JSONL files (signed URLs, no token); in emulator mode the emulator-routing fetch. */
  readonly fetch?: typeof fetch;
  /** Abort = stop at the next page/batch; the run stays `running` with its progress, so a later run resumes it. */
  readonly signal?: AbortSignal;
  readonly options: SyncOptions;
}
