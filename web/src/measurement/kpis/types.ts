import type { Arm } from '../../domain/event.js';
import type { OfferKind } from '../../domain/rule.js';

/** One arm's counts for one UTC day. Everything is a sum, so days add up to any range. */
export interface ArmDay {
  /**
   * Checkouts Shopify reported as created on the day whose cart held a product with a published offer list, in
   * the arm the server recomputed from the token: the same rule in both arms, so the arms compare.
   */
  readonly eligibleCheckouts: number;
  /** Eligible checkouts that became a (not cancelled) order. */
  readonly convertedCheckouts: number;
  /** Σ over eligible checkouts of what the order kept (0 for no order): revenue per eligible checkout. */
  readonly checkoutRevenueMinor: number;
  /** Σ of its squares, for the variance behind the confidence interval. */
  readonly checkoutRevenueSquares: number;
  /** Converted eligible checkouts whose order took an offer (attach rate). */
  readonly checkoutsWithOffer: number;
  readonly impressions: number;
  readonly impressedCheckouts: number;
  readonly adds: number;
  readonly upgrades: number;
  readonly dismissals: number;
  readonly errors: number;
  /** All (not cancelled) orders created on the day in this arm, eligible or not. */
  readonly orders: number;
  readonly orderRevenueMinor: number;
  readonly attributedRevenueMinor: number;
  /** Orders with at least one offer line kept. */
  readonly offerOrders: number;
  /** Offer orders with a (hashed) customer, and those whose customer ordered again later: a CLV proxy. */
  readonly offerOrdersWithCustomer: number;
  readonly offerOrdersRepeated: number;
}

export interface KindDay {
  readonly revenueMinor: number;
  readonly quantity: number;
  readonly orders: number;
}

export interface DataQuality {
  /** Order lines whose `_tandem` attribute could not be read (kept unattributed). */
  readonly malformedAttributes: number;
  /** Offer lines whose attribute names another arm than the one recomputed from the checkout token. */
  readonly armMismatches: number;
  /** Upgrade lines credited 0 because the variant upgraded from is no longer in the catalog. */
  readonly unpricedUpgrades: number;
  /** Orders whose arm is unknown (no checkout token when first seen). */
  readonly ordersWithoutArm: number;
}

/** A day's rollup as stored (JSON) in kpi_days. */
export interface KpiDay {
  /** 2: checkouts from Shopify's webhooks and a verified funnel (1 took both from the pixel). */
  readonly version: 2;
  readonly day: string;
  /** The currency most of the day's orders were in; null without orders. */
  readonly currency: string | null;
  readonly arms: Readonly<Record<Arm, ArmDay>>;
  /** Orders without an arm: counted in attributed revenue, not in the comparison. */
  readonly unassigned: {
    readonly orders: number;
    readonly orderRevenueMinor: number;
    readonly attributedRevenueMinor: number;
  };
  readonly byKind: Readonly<Record<OfferKind, KindDay>>;
  readonly dataQuality: DataQuality;
}

export const EMPTY_ARM_DAY: ArmDay = {
  eligibleCheckouts: 0,
  convertedCheckouts: 0,
  checkoutRevenueMinor: 0,
  checkoutRevenueSquares: 0,
  checkoutsWithOffer: 0,
  impressions: 0,
  impressedCheckouts: 0,
  adds: 0,
  upgrades: 0,
  dismissals: 0,
  errors: 0,
  orders: 0,
  orderRevenueMinor: 0,
  attributedRevenueMinor: 0,
  offerOrders: 0,
  offerOrdersWithCustomer: 0,
  offerOrdersRepeated: 0,
};

export const EMPTY_KIND_DAY: KindDay = { revenueMinor: 0, quantity: 0, orders: 0 };

export const EMPTY_DATA_QUALITY: DataQuality = {
  malformedAttributes: 0,
  armMismatches: 0,
  unpricedUpgrades: 0,
  ordersWithoutArm: 0,
};
