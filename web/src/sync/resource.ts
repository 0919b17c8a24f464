import type { Mapped, MapContext } from '../shopify/admin/mappers.js';
import type { QueryCost } from '../shopify/admin/types.js';
import type { SyncCursor } from './cursor.js';
import type { RunTracker } from './run-tracker.js';
import type { ResolvedSyncOptions, SyncDeps } from './types.js';

/** Everything a phase needs while a run is in progress. */
export interface SyncContext {
  readonly deps: SyncDeps;
  readonly options: ResolvedSyncOptions;
  readonly tracker: RunTracker;
  readonly mapContext: MapContext;
  readonly sleep: (ms: number) => Promise<void>;
  /**
   * Ids of every product Shopify listed in this run, for the deletion sweep; null when the products phase did not
   * run start-to-end in this process (a resumed run), in which case the sweep asks Shopify for the ids again.
   */
  seenProducts: Set<string> | null;
}

/** A parent node with its children, as one page or one bulk group delivers it. */
export interface NodeGroup<TParent, TChild> {
  readonly parent: TParent;
  readonly children: readonly TChild[];
  /** False when Shopify said the parent has more children than the page carried. */
  readonly complete: boolean;
}

export interface FetchedPage<TParent, TChild> {
  readonly groups: readonly NodeGroup<TParent, TChild>[];
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
  readonly cost: QueryCost | undefined;
}

/** One synced resource (products with variants, orders with lines) as both sync paths see it. */
export interface SyncResource<TParent, TChild, TValue> {
  readonly phase: 'products' | 'orders';
  /** Operation name of the page query (the client keys its cost estimates by it). */
  readonly pageOperation: string;
  total(cursor: SyncCursor): number | null;
  /** One page of the run's filter narrowed by `window` (see windows.ts). */
  fetchPage(
    context: SyncContext,
    first: number,
    after: string | null,
    window: string | null,
  ): Promise<FetchedPage<TParent, TChild>>;
  /** The keyset filter of a window that starts after `parent` (in the page query's sort order). */
  windowAfter(parent: TParent): string;
  /** All children of one parent, when a page cut them short; undefined when the parent no longer exists. */
  fetchAllChildren(context: SyncContext, parentId: string): Promise<readonly TChild[] | undefined>;
  map(group: NodeGroup<TParent, TChild>, context: MapContext): Mapped<TValue>;
  /** The bulk query text, with this run's filter inlined. */
  bulkQuery(cursor: SyncCursor): string;
  /** Idempotent store write; also counts what was written. */
  write(context: SyncContext, values: readonly TValue[]): Promise<void>;
}
