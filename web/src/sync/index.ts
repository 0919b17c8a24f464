export { runSync } from './run-sync.js';
export { DEFAULT_SYNC_OPTIONS, MAX_PAGE_SIZE, MAX_QUERY_COST, resolveSyncOptions } from './options.js';
export { nextPageSize, type PageSize, type PageSizeInput } from './page-size.js';
export { readCursor, type BulkProgress, type SyncCursor } from './cursor.js';
export { BulkOperationError, TruncatedBulkFileError } from './errors.js';
export { COUNT_KEYS, type CountKey } from './run-tracker.js';
export {
  SYNC_PHASES,
  type ResolvedSyncOptions,
  type SyncDeps,
  type SyncEvent,
  type SyncOptions,
  type SyncPhase,
  type SyncStores,
} from './types.js';
