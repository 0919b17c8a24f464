import type { ShopDomain } from '../domain/shop.js';
import type { AttributionStore } from './ports/attribution-store.js';
import type { CatalogStore } from './ports/catalog-store.js';
import type { EventStore } from './ports/event-store.js';
import type { MeasurementStore } from './ports/measurement-store.js';
import type { OfferStore } from './ports/offer-store.js';
import type { OrderStore } from './ports/order-store.js';
import type { RuleStore } from './ports/rule-store.js';
import type { SessionStore } from './ports/session-store.js';
import type { SettingsStore } from './ports/settings-store.js';
import type { ShopStore } from './ports/shop-store.js';
import type { SyncRunStore } from './ports/sync-run-store.js';
import type { WebhookInbox } from './ports/webhook-inbox.js';
import type { RefreshLeaseStore } from './ports/refresh-lease-store.js';
import type { DataRequestStore } from './ports/data-request-store.js';
import type { BillingStore } from './ports/billing-store.js';
import type { ProfileStore } from './ports/profile-store.js';
import type { TokenCipher } from './shared/token-cipher.js';

/** Where stamped times (rule creation, publish and processing times, sync run timestamps) come from. */
export type Clock = () => Date;

export interface StoreOptions {
  readonly clock?: Clock;
  /** Seals sessions (access and refresh tokens) at rest; default: the demo key (emulator mode only). */
  readonly tokenCipher?: TokenCipher;
}

/** Every store of the app over one backend; memory and SQL give the same behaviour (one contract suite). */
export interface Stores {
  readonly shops: ShopStore;
  readonly sessions: SessionStore;
  /** customers/data_request exports for the merchant, kept 30 days. */
  readonly dataRequests: DataRequestStore;
  /** The shop's app subscriptions and the usage record of every order that took an offer (web/src/billing). */
  readonly billing: BillingStore;
  /** One offline-token refresh per shop at a time, across processes. */
  readonly refreshLeases: RefreshLeaseStore;
  readonly catalog: CatalogStore;
  readonly orders: OrderStore;
  readonly offers: OfferStore;
  readonly rules: RuleStore;
  readonly settings: SettingsStore;
  readonly events: EventStore;
  readonly attributions: AttributionStore;
  /** Order facts, KPI rollups and the days waiting for one (web/src/measurement). */
  readonly measurement: MeasurementStore;
  readonly syncRuns: SyncRunStore;
  readonly inbox: WebhookInbox;
  /** Customers whose buyer profile metafield Tandem writes (personalisation on). */
  readonly profiles: ProfileStore;
  /** shop/redact: removes every row of the shop from every table (sessions and the shop row included). */
  deleteShopData(shop: ShopDomain): Promise<void>;
  /**
   * customers/redact: removes the customer's orders, their lines, attributions and order facts, the pixel events
   * of their checkouts, the raw webhook payloads that name them and their profile row.
   */
  deleteCustomerData(
    shop: ShopDomain,
    customerHash: string,
  ): Promise<{ readonly orders: number; readonly events: number; readonly deliveries: number }>;
}
