import type { Arm, PixelEventType } from '../../domain/event.js';
import type { JsonValue } from '../../domain/json.js';
import type { OrderWithLines } from '../../domain/order.js';
import type { ShopDomain } from '../../domain/shop.js';

/**
 * What attribution concluded about one order. KPI rollups read these instead of orders and their lines, and
 * join them to the pixel's events by `checkoutHash`.
 */
export interface OrderFact {
  readonly orderId: string;
  readonly createdAt: string;
  /** The order's `updatedAt` this fact was computed from: reconcile redoes only orders that changed since. */
  readonly sourceUpdatedAt: string;
  /** One-way hash of the checkout token, as the events store it; null when the order carries no token. */
  readonly checkoutHash: string | null;
  /** Holdout arm, decided once when the order is first seen; null when it cannot be known. */
  readonly arm: Arm | null;
  readonly currency: string;
  readonly cancelled: boolean;
  /** What the order kept: total minus refunds, 0 when cancelled (minor units). */
  readonly revenueMinor: number;
  readonly attributedMinor: number;
  /** Lines credited to an offer. */
  readonly offerLines: number;
  /** Data quality: lines whose `_tandem` attribute could not be read (kept unattributed). */
  readonly malformedLines: number;
  /** Data quality: offer lines whose attribute names another arm than the order's. */
  readonly armMismatches: number;
  /** Data quality: upgrade lines whose pre-upgrade variant has no known price (credited 0). */
  readonly unpricedUpgrades: number;
}

/**
 * A checkout as Shopify reported it: a signed checkouts/create or checkouts/update, or its order when those were
 * missed. Nothing here comes from a browser.
 */
export interface CheckoutFact {
  /** One-way hash of the checkout token, as events and order facts store it. */
  readonly checkoutHash: string;
  /** When Shopify created the checkout: the day its outcome counts on. */
  readonly createdAt: string;
  /** Recomputed from the token on the server, with the holdout share of the moment it was first reported. */
  readonly arm: Arm;
  /** The cart held a product whose offer list was published when the checkout was first reported. */
  readonly eligible: boolean;
  readonly source: 'checkout' | 'order';
}

/** An eligible checkout created on the day asked for, with the order it became (if any). */
export interface CheckoutOutcome {
  readonly checkoutHash: string;
  readonly arm: Arm;
  /** The earliest order placed from this checkout. */
  readonly order: OrderFact | null;
}

/** Funnel events of one arm and type, over checkouts created on one day (deduplicated, capped, verified). */
export interface FunnelCount {
  readonly arm: Arm;
  readonly type: PixelEventType;
  readonly events: number;
  /** Distinct checkouts with such an event. */
  readonly checkouts: number;
}

/** What `funnelOfDay` counts: the window around a checkout's creation and the cap per checkout and event type. */
export interface FunnelRules {
  readonly earlyMs: number;
  readonly windowMs: number;
  /** Distinct events of one type one checkout counts at most. */
  readonly eventsPerType: number;
}

/** An order fact of the day, with what the repeat-purchase rate needs. */
export interface DayOrderFact extends OrderFact {
  readonly customerHash: string | null;
  /** The same customer placed a later order (any order in the store). */
  readonly orderedAgain: boolean;
}

/** A day waiting to be rolled up; `mark` changes whenever it is marked again. */
export interface DirtyDay {
  readonly day: string;
  readonly mark: string;
}

export interface KpiDayRow {
  readonly day: string;
  readonly payload: JsonValue;
  readonly computedAt: string;
}

/** Inclusive range of UTC days, `YYYY-MM-DD`. */
export interface DayRange {
  readonly from: string;
  readonly to: string;
}

export interface MeasurementStore {
  /** Upserts facts by order id (a re-attributed order replaces its fact). */
  putOrderFacts(shop: ShopDomain, facts: readonly OrderFact[]): Promise<void>;
  getOrderFacts(shop: ShopDomain, orderIds: readonly string[]): Promise<readonly OrderFact[]>;
  deleteOrderFacts(shop: ShopDomain, orderIds: readonly string[]): Promise<number>;
  /**
   * Up to `limit` stored orders with their lines whose fact is missing or older than the order (oldest
   * first): what a reconcile still has to attribute.
   */
  unattributedOrders(shop: ShopDomain, limit: number): Promise<readonly OrderWithLines[]>;
  /** Catalog prices (minor units) of the variants that exist, by variant GID. */
  variantPrices(shop: ShopDomain, variantIds: readonly string[]): Promise<ReadonlyMap<string, number>>;
  /**
   * Records checkouts Shopify reported; a checkout already recorded keeps its first record (arm, eligibility and
   * creation time are decided once). Returns how many were new.
   */
  recordCheckouts(shop: ShopDomain, checkouts: readonly CheckoutFact[]): Promise<number>;
  getCheckouts(shop: ShopDomain, checkoutHashes: readonly string[]): Promise<readonly CheckoutFact[]>;
  /** Eligible checkouts created on `day`, ordered by hash. */
  checkoutsOfDay(shop: ShopDomain, day: string): Promise<readonly CheckoutOutcome[]>;
  /**
   * The funnel of the checkouts created on `day` (eligible or not), by their server arm: only their events within
   * [createdAt − earlyMs, createdAt + windowMs] (− windowMs for a checkout known only from its order), each distinct (type, offer, placement) once, at most
   * `eventsPerType` of each type per checkout. Events of checkouts Shopify never reported count nowhere.
   */
  funnelOfDay(shop: ShopDomain, day: string, rules: FunnelRules): Promise<readonly FunnelCount[]>;
  /** Facts of orders created on `day`, ordered by order id. */
  ordersOfDay(shop: ShopDomain, day: string): Promise<readonly DayOrderFact[]>;
  /**
   * Deletes raw pixel events: all before `before` (retention), and before `unverifiedBefore` those of checkouts
   * Shopify never reported (they can never count). Returns how many were deleted.
   */
  purgeEvents(
    shop: ShopDomain,
    cutoffs: { readonly before: string; readonly unverifiedBefore: string },
  ): Promise<number>;
  /** Distinct creation days of these (recorded) checkouts: the days their outcome and funnel count on. */
  checkoutDays(shop: ShopDomain, checkoutHashes: readonly string[]): Promise<readonly string[]>;
  /** Distinct creation days of offer-taking orders of these customers (their repeat flag may change). */
  offerDaysOfCustomers(shop: ShopDomain, customerHashes: readonly string[]): Promise<readonly string[]>;
  /** Marks days for a rollup; marking a dirty day again gives it a new mark. */
  markDirty(shop: ShopDomain, days: readonly string[]): Promise<void>;
  /** Dirty days, optionally only those in the range, ordered by day. */
  dirtyDays(shop: ShopDomain, range?: DayRange): Promise<readonly DirtyDay[]>;
  /**
   * Stores recomputed rollups and, in the same transaction, clears the dirty marks they were computed for;
   * a day marked again since keeps its newer mark.
   */
  putRollups(
    shop: ShopDomain,
    rollups: readonly { readonly day: string; readonly payload: JsonValue }[],
    done: readonly DirtyDay[],
  ): Promise<void>;
  /** Stored rollups in the range, ordered by day. */
  rollups(shop: ShopDomain, range: DayRange): Promise<readonly KpiDayRow[]>;
}
