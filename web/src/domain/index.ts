export type { JsonValue } from './json.js';
export { isShopDomain, SHOP_STATUSES, type Shop, type ShopDomain, type ShopStatus } from './shop.js';
export {
  PRODUCT_STATUSES,
  type Product,
  type ProductOption,
  type ProductStatus,
  type ProductWithVariants,
  type SelectedOption,
  type Variant,
} from './product.js';
export type { Order, OrderLine, OrderWithLines } from './order.js';
export { DEFAULT_SETTINGS, LOCALES, type CopyOverrides, type Locale, type Settings } from './settings.js';
export {
  OFFER_KINDS,
  RULE_KINDS,
  type ExcludeRule,
  type ManualRule,
  type MerchantRule,
  type NeverTogetherRule,
  type NewMerchantRule,
  type OfferKind,
  type PinRule,
  type RuleKind,
} from './rule.js';
export type { OfferList } from './offer.js';
export {
  ARMS,
  PIXEL_EVENT_TYPES,
  type Arm,
  type NewPixelEvent,
  type PixelEvent,
  type PixelEventType,
} from './event.js';
export type { Attribution } from './attribution.js';
export {
  SYNC_KINDS,
  SYNC_PATHS,
  SYNC_STATUSES,
  type SyncKind,
  type SyncPath,
  type SyncRun,
  type SyncRunError,
  type SyncStatus,
} from './sync-run.js';
export type { NewWebhookDelivery, WebhookDelivery } from './webhook.js';
