import type { Arm, PixelEventType } from '../../domain/event.js';
import type { AttributionDaySum } from '../../store/ports/index.js';
import type { CheckoutOutcome, DayOrderFact, FunnelCount } from '../../store/ports/measurement-store.js';
import {
  EMPTY_ARM_DAY,
  EMPTY_DATA_QUALITY,
  EMPTY_KIND_DAY,
  type ArmDay,
  type DataQuality,
  type KindDay,
  type KpiDay,
} from './types.js';

/** Everything one day's rollup is computed from (each read of the stores is bounded by that day). */
export interface DayInputs {
  readonly day: string;
  readonly checkouts: readonly CheckoutOutcome[];
  readonly orders: readonly DayOrderFact[];
  /** The funnel of the day's checkouts: browser-reported, verified against them, deduplicated and capped. */
  readonly funnel: readonly FunnelCount[];
  readonly attributions: readonly AttributionDaySum[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const EVENT_FIELDS: Partial<Record<PixelEventType, keyof ArmDay>> = {
  impression: 'impressions',
  add: 'adds',
  upgrade: 'upgrades',
  dismiss: 'dismissals',
  error: 'errors',
};

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | null = null;
  for (const [value, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = value;
  return best;
}

/** One day's KPIs per arm from its checkouts, orders, funnel and attributions. Pure. */
export function rollupDay(inputs: DayInputs): KpiDay {
  const arms: Record<Arm, Mutable<ArmDay>> = {
    treatment: { ...EMPTY_ARM_DAY },
    control: { ...EMPTY_ARM_DAY },
  };
  const quality: Mutable<DataQuality> = { ...EMPTY_DATA_QUALITY };
  const unassigned = { orders: 0, orderRevenueMinor: 0, attributedRevenueMinor: 0 };

  for (const checkout of inputs.checkouts) {
    const arm = arms[checkout.arm];
    const order = checkout.order !== null && !checkout.order.cancelled ? checkout.order : null;
    const revenue = order?.revenueMinor ?? 0;
    arm.eligibleCheckouts += 1;
    arm.checkoutRevenueMinor += revenue;
    arm.checkoutRevenueSquares += revenue * revenue;
    if (order) {
      arm.convertedCheckouts += 1;
      if (order.offerLines > 0) arm.checkoutsWithOffer += 1;
    }
  }

  for (const order of inputs.orders) {
    quality.malformedAttributes += order.malformedLines;
    quality.armMismatches += order.armMismatches;
    quality.unpricedUpgrades += order.unpricedUpgrades;
    if (order.arm === null) quality.ordersWithoutArm += 1;
    if (order.cancelled) continue;
    if (order.arm === null) {
      unassigned.orders += 1;
      unassigned.orderRevenueMinor += order.revenueMinor;
      unassigned.attributedRevenueMinor += order.attributedMinor;
      continue;
    }
    const arm = arms[order.arm];
    arm.orders += 1;
    arm.orderRevenueMinor += order.revenueMinor;
    arm.attributedRevenueMinor += order.attributedMinor;
    if (order.offerLines > 0) {
      arm.offerOrders += 1;
      if (order.customerHash !== null) arm.offerOrdersWithCustomer += 1;
      if (order.orderedAgain) arm.offerOrdersRepeated += 1;
    }
  }

  for (const count of inputs.funnel) {
    const field = EVENT_FIELDS[count.type];
    if (field === undefined) continue;
    arms[count.arm][field] += count.events;
    if (count.type === 'impression') arms[count.arm].impressedCheckouts += count.checkouts;
  }

  const byKind: Record<'xsell' | 'upgrade', Mutable<KindDay>> = {
    xsell: { ...EMPTY_KIND_DAY },
    upgrade: { ...EMPTY_KIND_DAY },
  };
  for (const sum of inputs.attributions) {
    const kind = byKind[sum.kind];
    kind.revenueMinor += sum.revenueMinor;
    kind.quantity += sum.quantity;
    kind.orders += sum.orders;
  }

  return {
    version: 2,
    day: inputs.day,
    currency: mostCommon(inputs.orders.map((order) => order.currency)),
    arms,
    unassigned,
    byKind,
    dataQuality: quality,
  };
}
