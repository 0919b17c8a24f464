import { describe, expect, it } from '@jest/globals';
import {
  momentsOf,
  relativeLift,
  sampleVariance,
  tQuantile975,
  verdictFor,
  Z_975,
} from '@tandem/web/measurement/index';

describe('tQuantile975', () => {
  it('matches tables of Student t within 0.1% from 5 degrees of freedom, and tends to z', () => {
    // Given exact 0.975 quantiles from statistical tables
    const exact: readonly [number, number][] = [
      [5, 2.570582],
      [10, 2.228139],
      [30, 2.042272],
      [120, 1.97993],
    ];
    // Then the expansion is within 0.1% of each, and infinite df gives the normal quantile
    for (const [df, quantile] of exact) expect(Math.abs(tQuantile975(df) / quantile - 1)).toBeLessThan(0.001);
    expect(tQuantile975(Number.POSITIVE_INFINITY)).toBe(Z_975);
  });
});

describe('relativeLift', () => {
  it('is the ratio of means minus one, with an interval around it that narrows with more data', () => {
    // Given a treatment mean 10% above control
    const control = momentsOf([0, 100, 0, 100, 50, 50, 0, 100, 50, 50]);
    const treatment = momentsOf([0, 110, 0, 110, 55, 55, 0, 110, 55, 55]);
    const small = relativeLift(treatment, control);
    const repeat = (values: number[], times: number) => Array.from({ length: times }, () => values).flat();
    const large = relativeLift(
      momentsOf(repeat([0, 110, 0, 110, 55, 55, 0, 110, 55, 55], 100)),
      momentsOf(repeat([0, 100, 0, 100, 50, 50, 0, 100, 50, 50], 100)),
    );
    // Then the estimate is +10% and the interval contains it, tighter with 100× the data
    expect(small?.estimate).toBeCloseTo(0.1, 10);
    expect(small && small.low < 0.1 && small.high > 0.1).toBe(true);
    expect(large && large.high - large.low).toBeLessThan(((small?.high ?? 0) - (small?.low ?? 0)) / 5);
    expect(large && large.low > 0).toBe(true);
  });

  it('gives no interval when control earned nothing or an arm has fewer than two checkouts', () => {
    expect(relativeLift(momentsOf([1, 2]), momentsOf([0, 0, 0]))).toBeNull();
    expect(relativeLift(momentsOf([1]), momentsOf([1, 2]))).toBeNull();
  });

  it('computes the sample variance from sums, never below zero', () => {
    expect(sampleVariance(momentsOf([2, 4, 4, 4, 5, 5, 7, 9]))).toBeCloseTo(32 / 7, 10);
    expect(sampleVariance(momentsOf([0.1, 0.1, 0.1]))).toBe(0);
  });
});

describe('verdictFor', () => {
  const enough = { checkouts: 1_000, orders: 500 };
  it('asks for more data below the minimum per arm, naming what is missing', () => {
    const verdict = verdictFor({
      treatment: enough,
      control: { checkouts: 42, orders: 20 },
      revenue: { estimate: 0.5, low: 0.4, high: 0.6 },
      conversion: null,
    });
    expect(verdict).toEqual({
      kind: 'not-enough-data',
      message: 'Not enough data yet: the holdout has 42 of the 100 eligible checkouts needed.',
    });
  });

  it('reads the interval: above zero positive, below negative, across zero unclear', () => {
    const positive = verdictFor({
      treatment: enough,
      control: enough,
      revenue: { estimate: 0.042, low: 0.011, high: 0.074 },
      conversion: { estimate: -0.02, low: -0.039, high: -0.001 },
    });
    expect(positive.kind).toBe('likely-positive');
    expect(positive.message).toBe(
      'Likely positive: revenue per eligible checkout is 4.2% higher with Tandem (95% CI +1.1% to +7.4%). Conversion is likely lower (−2.0%, 95% CI −3.9% to −0.1%).',
    );
    expect(
      verdictFor({
        treatment: enough,
        control: enough,
        revenue: { estimate: -0.03, low: -0.05, high: -0.01 },
        conversion: null,
      }).kind,
    ).toBe('likely-negative');
    const unclear = verdictFor({
      treatment: enough,
      control: enough,
      revenue: { estimate: 0.012, low: -0.023, high: 0.048 },
      conversion: null,
    });
    expect(unclear).toEqual({
      kind: 'no-clear-difference',
      message:
        'No clear difference yet: revenue per eligible checkout is +1.2% with Tandem, but the 95% CI −2.3% to +4.8% includes zero; more checkouts will narrow it.',
    });
  });
});
