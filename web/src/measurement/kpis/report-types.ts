import type { Arm } from '../../domain/event.js';
import type { LiftInterval, Verdict } from '../stats/index.js';
import type { DataQuality, KindDay } from './types.js';

/** One arm's KPIs over a range. Rates are null where their denominator is zero; money in minor units. */
export interface ArmKpis {
  readonly eligibleCheckouts: number;
  /** Orders from eligible checkouts. */
  readonly orders: number;
  readonly conversionRate: number | null;
  readonly aovMinor: number | null;
  readonly revenuePerEligibleCheckoutMinor: number | null;
  /** Share of those orders that took an offer. */
  readonly attachRate: number | null;
  /** (adds + upgrades) / impressions. */
  readonly offerCtr: number | null;
  readonly impressions: number;
  readonly adds: number;
  readonly upgrades: number;
  readonly dismissals: number;
  readonly errors: number;
  readonly attributedRevenueMinor: number;
  /** Every order in the arm (eligible or not) and its revenue. */
  readonly allOrders: number;
  readonly allOrderRevenueMinor: number;
  /** Share of offer-taking orders whose customer ordered again (a customer-lifetime-value proxy). */
  readonly repeatPurchaseRate: number | null;
}

export interface DailyArmPoint {
  readonly eligibleCheckouts: number;
  readonly revenuePerEligibleCheckoutMinor: number | null;
  readonly conversionRate: number | null;
}

export interface KpiReport {
  readonly from: string;
  readonly to: string;
  readonly currency: string | null;
  readonly arms: Readonly<Record<Arm, ArmKpis>>;
  readonly lift: {
    readonly revenuePerEligibleCheckout: LiftInterval | null;
    readonly conversion: LiftInterval | null;
  };
  readonly verdict: Verdict;
  readonly attributed: {
    readonly revenueMinor: number;
    readonly byKind: Readonly<Record<'xsell' | 'upgrade', KindDay>>;
    /** Orders without an arm (synced, no checkout token) and what was attributed to them. */
    readonly unassignedOrders: number;
    readonly unassignedRevenueMinor: number;
  };
  readonly dataQuality: DataQuality;
  readonly days: readonly ({ readonly day: string } & Readonly<Record<Arm, DailyArmPoint>>)[];
}
