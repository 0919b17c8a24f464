export type { AttributionDaySum, AttributionStore } from './attribution-store.js';
export type { CatalogStore, ProductListRequest, WriteResult } from './catalog-store.js';
export type { EventStore } from './event-store.js';
export type {
  CheckoutFact,
  CheckoutOutcome,
  FunnelCount,
  FunnelRules,
  DayOrderFact,
  DayRange,
  DirtyDay,
  KpiDayRow,
  MeasurementStore,
  OrderFact,
} from './measurement-store.js';
export type { OfferStore } from './offer-store.js';
export type { ProfileCustomer, ProfileStore } from './profile-store.js';
export type { MinerLine, OrderStore, StreamLinesOptions } from './order-store.js';
export type { RuleStore } from './rule-store.js';
export type { SessionStore } from './session-store.js';
export type { SettingsStore } from './settings-store.js';
export type { ShopStore } from './shop-store.js';
export type { SyncRunStore } from './sync-run-store.js';
export type { RecordResult, WebhookInbox } from './webhook-inbox.js';
export type { BillingStore, UsageClaim } from './billing-store.js';
