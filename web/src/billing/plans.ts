/**
 * The plans and their prices, from the environment (config.ts reads it with this shape). Money is entered as
 * decimal text (`29.00`) and kept in minor units; Shopify's MoneyInput takes it back as a decimal string.
 */
import { z } from 'zod';
import type { GrowthTerms } from '../api-contract/index.js';
import { currencyExponent } from '../shopify/admin/money.js';

export interface GrowthPlan extends GrowthTerms {
  /** Shown on Shopify's confirmation page and invoices. */
  readonly name: string;
}

export interface BillingConfig {
  /** Charges are in this currency (Shopify bills the merchant in their own and converts). */
  readonly currency: string;
  /** Orders that took an offer each calendar month (UTC) on the Free plan. */
  readonly freeOrdersPerMonth: number;
  readonly growth: GrowthPlan;
  /**
   * `auto`: test charges on development stores (Shop.plan.partnerDevelopment) and in emulator mode; `always`;
   * `never`. Test charges are approved like real ones and never billed.
   */
  readonly testCharges: 'auto' | 'always' | 'never';
}

const MONEY = /^\d{1,7}(\.\d{1,2})?$/;
const money = (example: string) =>
  z
    .string()
    .trim()
    .regex(MONEY, `must be an amount such as ${example} (at most two decimals)`)
    .transform((value) => Math.round(Number(value) * 100));
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** The BILLING_* variables, merged into config.ts's schema. */
export const billingEnvShape = {
  BILLING_CURRENCY: optional(z.string().regex(/^[A-Z]{3}$/, 'must be a currency code such as USD')).default(
    'USD',
  ),
  BILLING_FREE_ORDERS: optional(z.coerce.number().int().min(0).max(1_000_000)).default(50),
  BILLING_GROWTH_PRICE: optional(money('29.00')).default(2_900),
  BILLING_GROWTH_INCLUDED_ORDERS: optional(z.coerce.number().int().min(0).max(1_000_000)).default(500),
  BILLING_GROWTH_PER_ORDER: optional(money('0.10')).default(10),
  BILLING_GROWTH_CAP: optional(money('100.00')).default(10_000),
  BILLING_GROWTH_MAX_CAP: optional(money('10000.00')).default(1_000_000),
  BILLING_TRIAL_DAYS: optional(z.coerce.number().int().min(0).max(365)).default(14),
  BILLING_TEST_CHARGES: optional(z.enum(['auto', 'always', 'never'])).default('auto'),
};

type BillingEnv = { [K in keyof typeof billingEnvShape]: z.output<(typeof billingEnvShape)[K]> };

/** The plans from parsed BILLING_* values; adds a line to `problems` for each value that contradicts another. */
export function billingConfig(env: BillingEnv, problems: string[]): BillingConfig {
  const growth: GrowthPlan = {
    name: 'Tandem Growth',
    recurringMinor: env.BILLING_GROWTH_PRICE,
    includedOrders: env.BILLING_GROWTH_INCLUDED_ORDERS,
    perOrderMinor: env.BILLING_GROWTH_PER_ORDER,
    defaultCapMinor: env.BILLING_GROWTH_CAP,
    // A cap below one order's charge could never be used.
    minCapMinor: Math.max(1, env.BILLING_GROWTH_PER_ORDER),
    maxCapMinor: env.BILLING_GROWTH_MAX_CAP,
    trialDays: env.BILLING_TRIAL_DAYS,
  };
  if (currencyExponent(env.BILLING_CURRENCY) !== 2)
    problems.push('BILLING_CURRENCY: must be a currency with cents (prices are entered with two decimals)');
  if (growth.perOrderMinor === 0)
    problems.push(
      'BILLING_GROWTH_PER_ORDER: must be more than 0 (the usage charge per order beyond the included ones)',
    );
  if (growth.defaultCapMinor < growth.minCapMinor || growth.defaultCapMinor > growth.maxCapMinor)
    problems.push(
      'BILLING_GROWTH_CAP: must be at least BILLING_GROWTH_PER_ORDER and at most BILLING_GROWTH_MAX_CAP (the monthly usage cap offered)',
    );
  return {
    currency: env.BILLING_CURRENCY,
    freeOrdersPerMonth: env.BILLING_FREE_ORDERS,
    growth,
    testCharges: env.BILLING_TEST_CHARGES,
  };
}

/** Minor units as Shopify's Decimal text. */
export const toDecimal = (minor: number): string => (minor / 100).toFixed(2);
