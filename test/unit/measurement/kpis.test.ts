import { describe, expect, it } from '@jest/globals';
import {
  decodeKpiDay,
  encodeKpiDay,
  MIN_CHECKOUTS_PER_ARM,
  parseDayRange,
  rollupDay,
  summarizeKpis,
  type KpiDay,
} from '@tandem/web/measurement/index';
import type { CheckoutOutcome, DayOrderFact, OrderFact } from '@tandem/web/store/index';

function fact(n: number, overrides: Partial<DayOrderFact> = {}): DayOrderFact {
  return {
    orderId: `gid://shopify/Order/${n}`,
    createdAt: '2025-03-02T10:00:00.000Z',
    sourceUpdatedAt: '2025-03-02T10:00:00.000Z',
    checkoutHash: `${'h'.repeat(31)}${n}`,
    arm: 'treatment',
    currency: 'EUR',
    cancelled: false,
    revenueMinor: 1_000,
    attributedMinor: 0,
    offerLines: 0,
    malformedLines: 0,
    armMismatches: 0,
    unpricedUpgrades: 0,
    customerHash: null,
    orderedAgain: false,
    ...overrides,
  };
}

const checkout = (n: number, arm: 'treatment' | 'control', order: OrderFact | null): CheckoutOutcome => ({
  checkoutHash: `${'h'.repeat(31)}${n}`,
  arm,
  order,
});

describe('rollupDay', () => {
  it('sums one day per arm: eligible checkouts and their revenue, orders, funnel events and data quality', () => {
    // Given 3 treatment checkouts (one with an offer order, one cancelled) and 2 control checkouts
    const withOffer = fact(1, {
      revenueMinor: 3_000,
      offerLines: 1,
      attributedMinor: 800,
      customerHash: 'c'.repeat(64),
      orderedAgain: true,
    });
    const cancelled = fact(2, { cancelled: true, revenueMinor: 0 });
    const control = fact(4, { arm: 'control', revenueMinor: 2_000, currency: 'EUR' });
    const day = rollupDay({
      day: '2025-03-02',
      checkouts: [
        checkout(1, 'treatment', withOffer),
        checkout(2, 'treatment', cancelled),
        checkout(3, 'treatment', null),
        checkout(4, 'control', control),
        checkout(5, 'control', null),
      ],
      orders: [
        withOffer,
        cancelled,
        control,
        fact(7, { arm: null, revenueMinor: 500, malformedLines: 2, currency: 'USD' }),
      ],
      funnel: [
        { arm: 'treatment', type: 'impression', events: 9, checkouts: 3 },
        { arm: 'treatment', type: 'add', events: 2, checkouts: 2 },
      ],
      attributions: [
        { day: '2025-03-02', arm: 'treatment', kind: 'xsell', revenueMinor: 800, quantity: 1, orders: 1 },
      ],
    });
    // Then each figure is the day's sum
    expect(day.arms.treatment).toMatchObject({
      eligibleCheckouts: 3,
      convertedCheckouts: 1,
      checkoutRevenueMinor: 3_000,
      checkoutRevenueSquares: 9_000_000,
      checkoutsWithOffer: 1,
      impressions: 9,
      impressedCheckouts: 3,
      adds: 2,
      orders: 1,
      orderRevenueMinor: 3_000,
      attributedRevenueMinor: 800,
      offerOrders: 1,
      offerOrdersWithCustomer: 1,
      offerOrdersRepeated: 1,
    });
    expect(day.arms.control).toMatchObject({
      eligibleCheckouts: 2,
      convertedCheckouts: 1,
      checkoutRevenueMinor: 2_000,
      orders: 1,
    });
    expect(day.unassigned).toEqual({ orders: 1, orderRevenueMinor: 500, attributedRevenueMinor: 0 });
    expect(day.byKind.xsell).toEqual({ revenueMinor: 800, quantity: 1, orders: 1 });
    expect(day.dataQuality).toEqual({
      malformedAttributes: 2,
      armMismatches: 0,
      unpricedUpgrades: 0,
      ordersWithoutArm: 1,
    });
    expect(day.currency).toBe('EUR');
    // And it survives its stored form; another shape is not misread
    expect(decodeKpiDay(encodeKpiDay(day))).toEqual(day);
    expect(decodeKpiDay({ ...(encodeKpiDay(day) as object), version: 1 })).toBeUndefined();
  });
});

describe('summarizeKpis', () => {
  const base = rollupDay({ day: '2025-03-01', checkouts: [], orders: [], funnel: [], attributions: [] });
  const day = (
    date: string,
    t: Partial<KpiDay['arms']['treatment']>,
    c: Partial<KpiDay['arms']['control']>,
  ): KpiDay => ({
    ...base,
    day: date,
    currency: 'EUR',
    arms: { treatment: { ...base.arms.treatment, ...t }, control: { ...base.arms.control, ...c } },
  });

  it('adds days up and derives rates, the lift with its interval and a verdict', () => {
    // Given two days with a treatment earning more per checkout
    const arm = (checkouts: number, aov: number, withOffer = 0) => ({
      eligibleCheckouts: checkouts,
      convertedCheckouts: checkouts / 2,
      checkoutRevenueMinor: (checkouts / 2) * aov,
      checkoutRevenueSquares: (checkouts / 2) * aov ** 2 * 1.1,
      checkoutsWithOffer: withOffer,
    });
    const days = [
      day(
        '2025-03-01',
        { ...arm(6_000, 5_500, 600), impressions: 1_000, adds: 80, upgrades: 20 },
        arm(1_500, 5_000),
      ),
      day('2025-03-03', arm(4_000, 5_500, 400), arm(1_000, 5_000)),
    ];
    // When summarised over three days
    const report = summarizeKpis({ from: '2025-03-01', to: '2025-03-03' }, days);
    // Then totals and rates add up, the lift is +10% and significant, and the gap day has no points
    expect(report.arms.treatment).toMatchObject({
      eligibleCheckouts: 10_000,
      orders: 5_000,
      conversionRate: 0.5,
      aovMinor: 5_500,
      revenuePerEligibleCheckoutMinor: 2_750,
      attachRate: 0.2,
      offerCtr: 0.1,
    });
    expect(report.lift.revenuePerEligibleCheckout?.estimate).toBeCloseTo(0.1, 10);
    expect(report.lift.conversion?.estimate).toBeCloseTo(0, 10);
    expect(report.verdict.kind).toBe('likely-positive');
    expect(report.days.map((d) => [d.day, d.treatment.revenuePerEligibleCheckoutMinor])).toEqual([
      ['2025-03-01', 2_750],
      ['2025-03-02', null],
      ['2025-03-03', 2_750],
    ]);
    expect(report.currency).toBe('EUR');
  });

  it('says there is not enough data for an empty range', () => {
    const report = summarizeKpis({ from: '2025-03-01', to: '2025-03-01' }, []);
    expect(report.verdict.kind).toBe('not-enough-data');
    expect(report.arms.control.conversionRate).toBeNull();
    expect(report.lift).toEqual({ revenuePerEligibleCheckout: null, conversion: null });
  });

  it('shows no lift or interval until both arms reach the minimum sample, however lopsided the data', () => {
    // Given a big treatment and a holdout of 2 checkouts with one order (the case the issue found: −82.4 % shown)
    const report = summarizeKpis({ from: '2025-03-01', to: '2025-03-01' }, [
      day(
        '2025-03-01',
        {
          eligibleCheckouts: 5_000,
          convertedCheckouts: 2_000,
          checkoutRevenueMinor: 9e6,
          checkoutRevenueSquares: 5e10,
        },
        {
          eligibleCheckouts: 2,
          convertedCheckouts: 1,
          checkoutRevenueMinor: 9_000,
          checkoutRevenueSquares: 8.1e7,
        },
      ),
    ]);
    // Then no lift, no interval and no verdict, only what is missing; the arms' own figures are still reported
    expect(report.lift).toEqual({ revenuePerEligibleCheckout: null, conversion: null });
    expect(report.verdict).toEqual({
      kind: 'not-enough-data',
      message: `Not enough data yet: the holdout has 2 of the ${MIN_CHECKOUTS_PER_ARM} eligible checkouts needed.`,
    });
    expect(report.arms.control.revenuePerEligibleCheckoutMinor).toBe(4_500);
    // And one more checkout short of the minimum in the treatment keeps it so too
    const almost = summarizeKpis({ from: '2025-03-01', to: '2025-03-01' }, [
      day(
        '2025-03-01',
        {
          eligibleCheckouts: MIN_CHECKOUTS_PER_ARM - 1,
          convertedCheckouts: 60,
          checkoutRevenueMinor: 6e5,
          checkoutRevenueSquares: 7e9,
        },
        {
          eligibleCheckouts: 500,
          convertedCheckouts: 200,
          checkoutRevenueMinor: 2e6,
          checkoutRevenueSquares: 3e10,
        },
      ),
    ]);
    expect(almost.lift.revenuePerEligibleCheckout).toBeNull();
  });
});

describe('parseDayRange', () => {
  const now = new Date('2025-03-31T15:00:00Z');
  it('defaults to the last 30 days and accepts inclusive days', () => {
    expect(parseDayRange({}, now)).toEqual({ from: '2025-03-02', to: '2025-03-31' });
    expect(parseDayRange({ from: '2025-01-01', to: '2025-01-01' }, now)).toEqual({
      from: '2025-01-01',
      to: '2025-01-01',
    });
  });
  it('names a bad day, a reversed range or one longer than a year', () => {
    expect(() => parseDayRange({ from: '2025-02-30' }, now)).toThrow('Invalid from');
    expect(() => parseDayRange({ from: '2025-03-05', to: '2025-03-01' }, now)).toThrow('to is before from');
    expect(() => parseDayRange({ from: '2023-01-01', to: '2025-01-01' }, now)).toThrow('at most 366 days');
    expect(() => parseDayRange({ to: ['2025-01-01'] }, now)).toThrow('Invalid to');
  });
});
