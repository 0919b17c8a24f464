import type { ShopDomain } from '../../domain/shop.js';
import type { SyncKind, SyncRun } from '../../domain/sync-run.js';
import type { NewSyncRun, SyncRunPatch } from '../validation/operations.js';

export interface SyncRunStore {
  /** A queued run with empty counts. */
  create(shop: ShopDomain, run: NewSyncRun): Promise<SyncRun>;
  /**
   * Records progress. Moving to `running` stamps startedAt (once); to `succeeded`/`failed` stamps finishedAt.
   * A finished run cannot change (ValidationError); an unknown id is a NotFoundError.
   */
  update(shop: ShopDomain, runId: string, patch: SyncRunPatch): Promise<SyncRun>;
  get(shop: ShopDomain, runId: string): Promise<SyncRun | undefined>;
  /** The most recently created run, optionally of one kind. */
  latest(shop: ShopDomain, kind?: SyncKind): Promise<SyncRun | undefined>;
  /** Newest first. */
  list(shop: ShopDomain, options?: { readonly limit?: number }): Promise<readonly SyncRun[]>;
}
