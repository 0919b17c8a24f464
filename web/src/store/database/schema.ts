/**
 * Row types of every table, as Kysely sees them. Portable across SQLite and Postgres: money and counts are
 * integers (bigint on Postgres, parsed back to number), booleans are 0/1 integers, JSON is text, timestamps are
 * ISO-8601 UTC text in one fixed format (`Date#toISOString`), so they sort and compare as strings.
 */
export interface ShopsTable {
  shop: string;
  status: string;
  scopes: string;
  installed_at: string;
  uninstalled_at: string | null;
  needs_reauth: number;
  shop_id: string | null;
}

export interface SessionsTable {
  id: string;
  shop: string;
  is_online: number;
  expires_at: string | null;
  /** `Session#toPropertyArray(true)` as JSON (access and refresh token included), sealed: shared/token-cipher.ts. */
  payload: string;
}

export interface ProductsTable {
  shop: string;
  id: string;
  title: string;
  handle: string;
  product_type: string;
  vendor: string;
  status: string;
  tags: string;
  published_at: string | null;
  image_url: string | null;
  collection_ids: string;
  options: string;
  updated_at: string;
}

export interface VariantsTable {
  shop: string;
  id: string;
  product_id: string;
  title: string;
  sku: string | null;
  position: number;
  price_minor: number;
  compare_at_price_minor: number | null;
  selected_options: string;
  inventory_quantity: number | null;
  available_for_sale: number;
  updated_at: string;
}

export interface OrdersTable {
  shop: string;
  id: string;
  created_at: string;
  currency: string;
  customer_hash: string | null;
  checkout_token: string | null;
  subtotal_minor: number;
  total_minor: number;
  refunded_minor: number;
  cancelled_at: string | null;
  updated_at: string;
}

export interface OrderLinesTable {
  shop: string;
  /** The order's createdAt, first in the key so lines are stored (and streamed) in time order. */
  created_at: string;
  order_id: string;
  line_id: string;
  product_id: string | null;
  variant_id: string | null;
  quantity: number;
  unit_price_minor: number;
  discounted_total_minor: number;
  tandem_attribute: string | null;
}

export interface OffersTable {
  shop: string;
  product_id: string;
  offers: string;
  votes: string | null;
  content_hash: string;
  computed_at: string;
  published_at: string | null;
  published_hash: string | null;
}

export interface OfferModelsTable {
  shop: string;
  /** The engine's model selection, JSON. */
  report: string;
  orders: number;
  computed_at: string;
}

export interface MerchantRulesTable {
  shop: string;
  id: string;
  kind: string;
  /** kind|product|target|variant: a unique key so adding the same rule twice is a no-op (NULLs never collide). */
  rule_key: string;
  product_id: string | null;
  target_product_id: string;
  target_variant_id: string | null;
  offer_kind: string | null;
  created_at: string;
}

export interface SettingsTable {
  shop: string;
  payload: string;
  updated_at: string;
}

export interface EventsTable {
  shop: string;
  id: string;
  checkout_token: string;
  offer_id: string | null;
  arm: string;
  type: string;
  occurred_at: string;
  /** The extension target the event came from (null for events stored before placements were kept). */
  placement: string | null;
}

export interface CheckoutsTable {
  shop: string;
  checkout_hash: string;
  created_at: string;
  arm: string;
  eligible: number;
  source: string;
}

export interface AttributionsTable {
  shop: string;
  order_id: string;
  line_id: string;
  offer_id: string;
  kind: string;
  arm: string;
  revenue_minor: number;
  quantity: number;
}

export interface OrderFactsTable {
  shop: string;
  order_id: string;
  created_at: string;
  source_updated_at: string;
  checkout_hash: string | null;
  arm: string | null;
  currency: string;
  cancelled: number;
  revenue_minor: number;
  attributed_minor: number;
  offer_lines: number;
  malformed_lines: number;
  arm_mismatches: number;
  unpriced_upgrades: number;
}

export interface KpiDaysTable {
  shop: string;
  day: string;
  /** The day's rollup as JSON (web/src/measurement decodes it). */
  payload: string;
  computed_at: string;
}

export interface KpiDirtyDaysTable {
  shop: string;
  day: string;
  /** Random per marking: a rollup clears only the mark it read, so a day marked again meanwhile stays dirty. */
  mark: string;
}

export interface SyncRunsTable {
  shop: string;
  id: string;
  kind: string;
  path: string;
  status: string;
  cursor: string | null;
  counts: string;
  cost_spent: number;
  errors: string;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  updated_at: string;
}

export interface WebhookDeliveriesTable {
  shop: string;
  webhook_id: string;
  event_id: string | null;
  topic: string;
  triggered_at: string;
  payload: string;
  received_at: string;
  customer_hash: string | null;
  processed_at: string | null;
  failures: number;
  dead_at: string | null;
  last_error: string | null;
}

/** One row per shop whose offline token some process is refreshing (until `expires_at`, ISO-8601). */
export interface RefreshLeasesTable {
  shop: string;
  holder: string;
  expires_at: string;
}

/** customers/data_request exports, kept 30 days (`expires_at`) for the merchant to download. */
export interface DataRequestsTable {
  shop: string;
  id: string;
  customer_id: string;
  received_at: string;
  expires_at: string;
  orders: number;
  /** The JSON export handed to the merchant. */
  export: string;
}

/** App subscriptions as last read from Shopify (web/src/billing); money in minor units. */
export interface BillingSubscriptionsTable {
  shop: string;
  id: string;
  name: string;
  status: string;
  test: number;
  trial_days: number;
  created_at: string;
  current_period_end: string | null;
  currency: string;
  recurring_minor: number;
  usage_line_item_id: string | null;
  capped_minor: number;
  balance_used_minor: number;
  included_orders: number;
  per_order_minor: number;
  confirmation_url: string | null;
  updated_at: string;
}

/** One row per order that took an offer, keyed by the idempotency key sent to appUsageRecordCreate. */
export interface BillingUsageTable {
  shop: string;
  key: string;
  order_id: string;
  period: string;
  state: string;
  price_minor: number;
  currency: string;
  subscription_id: string | null;
  shopify_id: string | null;
  refusal: string | null;
  message: string | null;
  created_at: string;
  updated_at: string;
}

/** Customers whose buyer profile metafield Tandem writes (issue 25). */
export interface CustomerProfilesTable {
  shop: string;
  /** The Customer GID: the metafield's owner. */
  customer_id: string;
  customer_hash: string;
  /** Content hash of the profile live in Shopify; null when none is. */
  published_hash: string | null;
}

export interface Schema {
  shops: ShopsTable;
  sessions: SessionsTable;
  products: ProductsTable;
  variants: VariantsTable;
  orders: OrdersTable;
  order_lines: OrderLinesTable;
  offers: OffersTable;
  offer_models: OfferModelsTable;
  merchant_rules: MerchantRulesTable;
  settings: SettingsTable;
  events: EventsTable;
  checkouts: CheckoutsTable;
  attributions: AttributionsTable;
  order_facts: OrderFactsTable;
  kpi_days: KpiDaysTable;
  kpi_dirty_days: KpiDirtyDaysTable;
  sync_runs: SyncRunsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  refresh_leases: RefreshLeasesTable;
  data_requests: DataRequestsTable;
  billing_subscriptions: BillingSubscriptionsTable;
  billing_usage: BillingUsageTable;
  customer_profiles: CustomerProfilesTable;
}

export type TableName = keyof Schema;

/** Every table holding shop data, each with a `shop` column: shop/redact deletes from all of them. */
export const SHOP_TABLES = [
  'shops',
  'sessions',
  'products',
  'variants',
  'orders',
  'order_lines',
  'offers',
  'offer_models',
  'merchant_rules',
  'settings',
  'events',
  'checkouts',
  'attributions',
  'order_facts',
  'kpi_days',
  'kpi_dirty_days',
  'sync_runs',
  'webhook_deliveries',
  'refresh_leases',
  'data_requests',
  'billing_subscriptions',
  'billing_usage',
  'customer_profiles',
] as const satisfies readonly TableName[];
