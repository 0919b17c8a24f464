export { Checker, type Issue } from './checker.js';
export { checkShop, validate } from './validate.js';
export { validateInventoryUpdates, validateProducts, type InventoryUpdate } from './catalog.js';
export { CUSTOMER_HASH, checkCustomerHash, validateOrders } from './orders.js';
export { validateSettings, type SettingsPatch } from './settings.js';
export { ruleKey, validateRule } from './rules.js';
export { validateAttributions, validateEvents, validateRange, type TimeRange } from './measurement.js';
export {
  validateDelivery,
  validateInstall,
  validateNewSyncRun,
  validateShopId,
  validateSyncRunPatch,
  validateTimestamp,
  type InstallInput,
  type NewSyncRun,
  type SyncRunPatch,
} from './operations.js';
export {
  MAX_OFFERS_PER_LIST,
  validateModelReport,
  validateOfferLists,
  validateOrderIds,
  validateProductIds,
  validatePublished,
  type OfferListInput,
  type PublishedList,
} from './offers.js';
export { validateSubscription, validateUsageRecord } from './billing.js';
