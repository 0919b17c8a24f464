import type { JsonValue } from './json.js';
import type { ShopDomain } from './shop.js';

export const SYNC_KINDS = ['full', 'incremental', 'reconcile'] as const;
export type SyncKind = (typeof SYNC_KINDS)[number];

export const SYNC_PATHS = ['paged', 'bulk'] as const;
export type SyncPath = (typeof SYNC_PATHS)[number];

export const SYNC_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type SyncStatus = (typeof SYNC_STATUSES)[number];

/** A record skipped or failed during a sync; `resourceId` names it when known. */
export interface SyncRunError {
  readonly resourceId: string | null;
  readonly message: string;
}

export interface SyncRun {
  readonly id: string;
  readonly shop: ShopDomain;
  readonly kind: SyncKind;
  readonly path: SyncPath;
  readonly status: SyncStatus;
  /** Where to resume: a page cursor or bulk operation id, shaped by the sync runner. */
  readonly cursor: JsonValue | null;
  readonly counts: Readonly<Record<string, number>>;
  /** Admin API cost points spent so far. */
  readonly costSpent: number;
  readonly errors: readonly SyncRunError[];
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly updatedAt: string;
}
