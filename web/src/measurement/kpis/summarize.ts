import type { Arm } from '../../domain/event.js';
import type { DayRange } from '../../store/ports/measurement-store.js';
import { relativeLift, sampleShortfall, verdictFor, type Moments } from '../stats/index.js';
import { eachDay } from './day-range.js';
import type { ArmKpis, DailyArmPoint, KpiReport } from './report-types.js';

// The report's types live in report-types.ts; re-exported here, where the admin frontend imports them from.
export type { ArmKpis, DailyArmPoint, KpiReport } from './report-types.js';
import { EMPTY_ARM_DAY, EMPTY_DATA_QUALITY, EMPTY_KIND_DAY, type ArmDay, type KpiDay } from './types.js';

const ratio = (numerator: number, denominator: number) => (denominator > 0 ? numerator / denominator : null);

function sumRecords<T extends { readonly [K in keyof T]: number }>(items: readonly T[], empty: T): T {
  const total = { ...empty } as Record<keyof T, number>;
  for (const item of items) for (const key of Object.keys(total) as (keyof T)[]) total[key] += item[key];
  return total as T;
}

function armKpis(d: ArmDay): ArmKpis {
  return {
    eligibleCheckouts: d.eligibleCheckouts,
    orders: d.convertedCheckouts,
    conversionRate: ratio(d.convertedCheckouts, d.eligibleCheckouts),
    aovMinor: ratio(d.checkoutRevenueMinor, d.convertedCheckouts),
    revenuePerEligibleCheckoutMinor: ratio(d.checkoutRevenueMinor, d.eligibleCheckouts),
    attachRate: ratio(d.checkoutsWithOffer, d.convertedCheckouts),
    offerCtr: ratio(d.adds + d.upgrades, d.impressions),
    impressions: d.impressions,
    adds: d.adds,
    upgrades: d.upgrades,
    dismissals: d.dismissals,
    errors: d.errors,
    attributedRevenueMinor: d.attributedRevenueMinor,
    allOrders: d.orders,
    allOrderRevenueMinor: d.orderRevenueMinor,
    repeatPurchaseRate: ratio(d.offerOrdersRepeated, d.offerOrdersWithCustomer),
  };
}

const revenueMoments = (d: ArmDay): Moments => ({
  n: d.eligibleCheckouts,
  sum: d.checkoutRevenueMinor,
  sumOfSquares: d.checkoutRevenueSquares,
});
// A conversion is a 0/1 value per checkout, so Σx = Σx² = conversions.
const conversionMoments = (d: ArmDay): Moments => ({
  n: d.eligibleCheckouts,
  sum: d.convertedCheckouts,
  sumOfSquares: d.convertedCheckouts,
});

/** Sums daily rollups over a range into the report the dashboard and the CLI show. Pure; O(days). */
export function summarizeKpis(range: DayRange, days: readonly KpiDay[]): KpiReport {
  const sumOf = <T extends { readonly [K in keyof T]: number }>(pick: (day: KpiDay) => T, empty: T) =>
    sumRecords(days.map(pick), empty);
  const totals: Record<Arm, ArmDay> = {
    treatment: sumOf((d) => d.arms.treatment, EMPTY_ARM_DAY),
    control: sumOf((d) => d.arms.control, EMPTY_ARM_DAY),
  };
  const sample = {
    treatment: { checkouts: totals.treatment.eligibleCheckouts, orders: totals.treatment.convertedCheckouts },
    control: { checkouts: totals.control.eligibleCheckouts, orders: totals.control.convertedCheckouts },
  };
  // A lift on a handful of checkouts is noise with an interval drawn round it: none is shown before both arms
  // reach the minimum sample (the verdict then says what is missing).
  const enough = sampleShortfall(sample) === undefined;
  const revenue = enough
    ? relativeLift(revenueMoments(totals.treatment), revenueMoments(totals.control))
    : null;
  const conversion = enough
    ? relativeLift(conversionMoments(totals.treatment), conversionMoments(totals.control))
    : null;
  const unassigned = sumOf((d) => d.unassigned, {
    orders: 0,
    orderRevenueMinor: 0,
    attributedRevenueMinor: 0,
  });
  const byDay = new Map(days.map((d) => [d.day, d]));
  const point = (d: ArmDay | undefined): DailyArmPoint => ({
    eligibleCheckouts: d?.eligibleCheckouts ?? 0,
    revenuePerEligibleCheckoutMinor: d ? ratio(d.checkoutRevenueMinor, d.eligibleCheckouts) : null,
    conversionRate: d ? ratio(d.convertedCheckouts, d.eligibleCheckouts) : null,
  });
  return {
    from: range.from,
    to: range.to,
    currency: [...days].reverse().find((d) => d.currency !== null)?.currency ?? null,
    arms: { treatment: armKpis(totals.treatment), control: armKpis(totals.control) },
    lift: { revenuePerEligibleCheckout: revenue, conversion },
    verdict: verdictFor({ ...sample, revenue, conversion }),
    attributed: {
      revenueMinor:
        totals.treatment.attributedRevenueMinor +
        totals.control.attributedRevenueMinor +
        unassigned.attributedRevenueMinor,
      byKind: {
        xsell: sumOf((d) => d.byKind.xsell, EMPTY_KIND_DAY),
        upgrade: sumOf((d) => d.byKind.upgrade, EMPTY_KIND_DAY),
      },
      unassignedOrders: unassigned.orders,
      unassignedRevenueMinor: unassigned.attributedRevenueMinor,
    },
    dataQuality: sumOf((d) => d.dataQuality, EMPTY_DATA_QUALITY),
    days: eachDay(range).map((day) => {
      const rollup = byDay.get(day);
      return { day, treatment: point(rollup?.arms.treatment), control: point(rollup?.arms.control) };
    }),
  };
}
