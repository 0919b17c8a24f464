import type { Attribution } from '../../domain/attribution.js';
import type { Arm } from '../../domain/event.js';
import type { OfferKind } from '../../domain/rule.js';
import type { ShopDomain } from '../../domain/shop.js';
import type { TimeRange } from '../validation/measurement.js';

/** Attributed totals of one UTC day (of the order's createdAt), arm and kind. */
export interface AttributionDaySum {
  readonly day: string;
  readonly arm: Arm;
  readonly kind: OfferKind;
  readonly revenueMinor: number;
  readonly quantity: number;
  readonly orders: number;
}

export interface AttributionStore {
  /**
   * Replaces all attributions of the given orders with `attributions` (each belonging to one of them),
   * atomically: replaying a webhook or re-attributing after a refund never double counts.
   */
  replaceForOrders(
    shop: ShopDomain,
    orderIds: readonly string[],
    attributions: readonly Attribution[],
  ): Promise<void>;
  listForOrders(shop: ShopDomain, orderIds: readonly string[]): Promise<readonly Attribution[]>;
  /** Sums over orders created in [from, to); attributions of orders not in the store are not counted. */
  sumByDay(shop: ShopDomain, range: TimeRange): Promise<readonly AttributionDaySum[]>;
}
