export {
  createDatabase,
  DIALECTS,
  SHOP_TABLES,
  type Database,
  type DatabaseOptions,
  type DialectName,
  type Schema,
  type TableName,
} from './database/index.js';
export {
  MIGRATIONS,
  MigrationError,
  migrateToLatest,
  runMigrations,
  type MigrationReport,
} from './migrations/index.js';
export { createStores } from './sql/create-stores.js';
export { createMemoryStores } from './memory/create-memory-stores.js';
export type * from './ports/index.js';
export type { Page, PageRequest } from './ports/page.js';
export type { Clock, StoreOptions, Stores } from './types.js';
export { contentHash, canonicalJson } from './shared/hash.js';
export { CUSTOMER_HASH } from './validation/orders.js';
export type {
  InstallInput,
  InventoryUpdate,
  NewSyncRun,
  OfferListInput,
  PublishedList,
  SettingsPatch,
  SyncRunPatch,
  TimeRange,
} from './validation/index.js';
