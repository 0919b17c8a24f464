import type { LiftInterval } from './lift.js';

export const VERDICT_KINDS = [
  'not-enough-data',
  'likely-positive',
  'likely-negative',
  'no-clear-difference',
] as const;
export type VerdictKind = (typeof VERDICT_KINDS)[number];

export interface Verdict {
  readonly kind: VerdictKind;
  /** One or two plain sentences for the merchant. */
  readonly message: string;
}

/**
 * Below these the normal approximation behind the interval is not trusted (zero-inflated revenue needs a few
 * dozen conversions per arm before its mean behaves), so no verdict is given however wide the interval.
 */
export const MIN_CHECKOUTS_PER_ARM = 100;
export const MIN_ORDERS_PER_ARM = 30;

export interface VerdictInput {
  readonly treatment: { readonly checkouts: number; readonly orders: number };
  readonly control: { readonly checkouts: number; readonly orders: number };
  /** Lift of revenue per eligible checkout: the net effect, and what the verdict is about. */
  readonly revenue: LiftInterval | null;
  readonly conversion: LiftInterval | null;
}

const percent = (value: number, sign = true) =>
  `${sign && value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value * 100).toFixed(1)}%`;
const interval = (lift: LiftInterval) => `95% CI ${percent(lift.low)} to ${percent(lift.high)}`;

/**
 * What the smaller arm still lacks before any lift is worth showing, in words; undefined once both arms have the
 * minimum sample. Below it the report shows no lift, no interval and no verdict, only this.
 */
export function sampleShortfall(input: Pick<VerdictInput, 'treatment' | 'control'>): string | undefined {
  const needs: string[] = [];
  for (const [name, arm] of [
    ['holdout', input.control],
    ['treatment', input.treatment],
  ] as const) {
    if (arm.checkouts < MIN_CHECKOUTS_PER_ARM)
      needs.push(
        `the ${name} has ${arm.checkouts} of the ${MIN_CHECKOUTS_PER_ARM} eligible checkouts needed`,
      );
    else if (arm.orders < MIN_ORDERS_PER_ARM)
      needs.push(`the ${name} has ${arm.orders} of the ${MIN_ORDERS_PER_ARM} orders needed`);
  }
  return needs.length === 0 ? undefined : needs.join(' and ');
}

/** The plain-language reading of the lift, always about revenue per eligible checkout (the net effect). */
export function verdictFor(input: VerdictInput): Verdict {
  const missing = sampleShortfall(input);
  const revenue = input.revenue;
  if (missing !== undefined || revenue === null) {
    return {
      kind: 'not-enough-data',
      message: `Not enough data yet: ${missing ?? 'the holdout has no revenue to compare against'}.`,
    };
  }
  const conversion = input.conversion;
  const conversionNote =
    conversion && conversion.high < 0
      ? ` Conversion is likely lower (${percent(conversion.estimate)}, ${interval(conversion)}).`
      : '';
  if (revenue.low > 0) {
    return {
      kind: 'likely-positive',
      message: `Likely positive: revenue per eligible checkout is ${percent(revenue.estimate, false)} higher with Tandem (${interval(revenue)}).${conversionNote}`,
    };
  }
  if (revenue.high < 0) {
    return {
      kind: 'likely-negative',
      message: `Likely negative: revenue per eligible checkout is ${percent(-revenue.estimate, false)} lower with Tandem (${interval(revenue)}). Consider fewer or cheaper offers.${conversionNote}`,
    };
  }
  return {
    kind: 'no-clear-difference',
    message: `No clear difference yet: revenue per eligible checkout is ${percent(revenue.estimate)} with Tandem, but the ${interval(revenue)} includes zero; more checkouts will narrow it.${conversionNote}`,
  };
}
