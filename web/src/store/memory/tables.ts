import type { Attribution } from '../../domain/attribution.js';
import type { PixelEvent } from '../../domain/event.js';
import type { JsonValue } from '../../domain/json.js';
import type { ModelReport } from '../../domain/model-report.js';
import type { OfferList } from '../../domain/offer.js';
import type { OrderWithLines } from '../../domain/order.js';
import type { ProductWithVariants } from '../../domain/product.js';
import type { MerchantRule } from '../../domain/rule.js';
import type { Shop } from '../../domain/shop.js';
import type { SyncRun } from '../../domain/sync-run.js';
import type { WebhookDelivery } from '../../domain/webhook.js';
import type { BillingSubscription, UsageRecord } from '../../domain/billing.js';
import type { DataRequest } from '../ports/data-request-store.js';
import type { ProfileCustomer } from '../ports/profile-store.js';
import type { CheckoutFact, DirtyDay, KpiDayRow, OrderFact } from '../ports/measurement-store.js';
import type { SettingsPatch } from '../validation/settings.js';

/** Rows of one kind, partitioned by shop so a shop can be read or erased without touching the others. */
export class ShopPartitioned<T> {
  private readonly byShop = new Map<string, Map<string, T>>();

  of(shop: string): Map<string, T> {
    let rows = this.byShop.get(shop);
    if (rows === undefined) {
      rows = new Map();
      this.byShop.set(shop, rows);
    }
    return rows;
  }

  /** Rows sorted by key (the order the SQL stores page in). */
  sorted(shop: string, compare: (a: T, b: T) => number): T[] {
    return [...(this.byShop.get(shop)?.values() ?? [])].sort(compare);
  }

  /** Shops that have (or had) rows here. */
  shops(): string[] {
    return [...this.byShop.keys()];
  }

  dropShop(shop: string): void {
    this.byShop.delete(shop);
  }
}

/** The memory backend's whole state, shared by its stores like tables in one database. */
export class MemoryTables {
  readonly shops = new Map<string, Shop>();
  readonly sessions = new Map<string, { readonly shop: string; readonly payload: string }>();
  readonly refreshLeases = new Map<string, { readonly holder: string; readonly expiresAt: number }>();
  readonly dataRequests = new ShopPartitioned<{ readonly request: DataRequest; readonly exported: string }>();
  readonly products = new ShopPartitioned<ProductWithVariants>();
  /** variant id → product id, as the SQL variants table's primary key implies. */
  readonly variantOwners = new ShopPartitioned<string>();
  readonly orders = new ShopPartitioned<OrderWithLines>();
  readonly offers = new ShopPartitioned<OfferList>();
  /** One row a shop, under the key ''. */
  readonly offerModels = new ShopPartitioned<ModelReport>();
  readonly rules = new ShopPartitioned<{ readonly key: string; readonly rule: MerchantRule }>();
  readonly settings = new Map<string, SettingsPatch>();
  readonly events = new ShopPartitioned<PixelEvent>();
  /** Checkout hash → the checkout Shopify reported. */
  readonly checkouts = new ShopPartitioned<CheckoutFact>();
  readonly attributions = new ShopPartitioned<Attribution>();
  readonly orderFacts = new ShopPartitioned<OrderFact>();
  readonly kpiDays = new ShopPartitioned<KpiDayRow>();
  readonly kpiDirtyDays = new ShopPartitioned<DirtyDay>();
  readonly syncRuns = new ShopPartitioned<SyncRun>();
  readonly inbox = new ShopPartitioned<WebhookDelivery>();
  readonly subscriptions = new ShopPartitioned<BillingSubscription>();
  /** Usage records by idempotency key. */
  readonly usage = new ShopPartitioned<UsageRecord>();
  /** Customer GID → the customer whose profile metafield is written. */
  readonly profiles = new ShopPartitioned<ProfileCustomer>();

  dropShop(shop: string): void {
    this.shops.delete(shop);
    this.settings.delete(shop);
    for (const [id, session] of this.sessions) if (session.shop === shop) this.sessions.delete(id);
    this.refreshLeases.delete(shop);
    for (const table of [
      this.products,
      this.variantOwners,
      this.orders,
      this.offers,
      this.offerModels,
      this.rules,
      this.events,
      this.checkouts,
      this.attributions,
      this.orderFacts,
      this.kpiDays,
      this.kpiDirtyDays,
      this.syncRuns,
      this.inbox,
      this.dataRequests,
      this.subscriptions,
      this.usage,
      this.profiles,
    ]) {
      table.dropShop(shop);
    }
  }
}

/** A deep copy through JSON, as the SQL stores' text columns give: callers never share state with the store. */
export function cloneJson<T extends JsonValue | readonly JsonValue[]>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
