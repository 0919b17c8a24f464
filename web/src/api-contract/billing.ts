import * as z from 'zod/mini';

/** POST /api/billing/subscribe: Growth with this monthly usage cap (decimal text, the billing currency). */
export const subscribeInputSchema = z.object({
  cappedAmount: z.optional(
    z
      .string('must be text')
      .check(z.trim(), z.regex(/^\d{1,7}(\.\d{1,2})?$/, 'must be an amount such as 100.00')),
  ),
});
export type SubscribeInput = z.infer<typeof subscribeInputSchema>;

/** The Growth plan's terms (web/src/billing/plans.ts reads them from the environment). Money in minor units. */
export interface GrowthTerms {
  /** Charged every 30 days (Shopify prorates upgrades and downgrades). */
  readonly recurringMinor: number;
  /** Orders that took an offer each billing period before usage is charged. */
  readonly includedOrders: number;
  /** Usage charge per further order that took an offer. */
  readonly perOrderMinor: number;
  /** The monthly cap offered by default; the merchant may pick another between the bounds. */
  readonly defaultCapMinor: number;
  readonly minCapMinor: number;
  readonly maxCapMinor: number;
  readonly trialDays: number;
}

/** Something the merchant must know about billing, shown as a banner on the Plan page and the dashboard. */
export interface BillingNotice {
  readonly kind:
    | 'declined'
    | 'expired'
    | 'pending'
    | 'over-free-limit'
    | 'approaching-cap'
    | 'cap-reached'
    | 'cancelled'
    | 'frozen';
  readonly tone: 'info' | 'warning' | 'critical';
  readonly message: string;
}

export interface RefusedUsageView {
  readonly orderId: string;
  readonly reason: 'cap' | 'inactive' | 'other';
  readonly message: string | null;
  readonly at: string;
}

/** GET /api/billing: the shop's plan as Shopify has it, this period's usage and what comes next. Money in minor units. */
export interface BillingResponse {
  readonly plan: 'free' | 'growth';
  readonly currency: string;
  /** Test charges are approved like real ones and never billed (development stores, the emulator). */
  readonly test: boolean;
  readonly period: { readonly start: string | null; readonly end: string | null };
  readonly usage: {
    /** Orders that took an offer this period (holdout orders are not counted). */
    readonly orders: number;
    /** Orders the plan includes this period (Free's monthly limit, or what the Growth subscription was approved with). */
    readonly allowance: number;
    readonly includedOrders: number;
    readonly chargedOrders: number;
    /** Past the Free limit without a plan: offers kept working, nothing charged. */
    readonly unbilledOrders: number;
    readonly refusedOrders: number;
    readonly chargedMinor: number;
    /** Growth only. */
    readonly cappedMinor: number | null;
    readonly balanceUsedMinor: number | null;
  };
  /** Growth only: Shopify's next invoice line for the app. */
  readonly nextCharge: {
    readonly at: string | null;
    readonly recurringMinor: number;
    readonly usageMinor: number;
  } | null;
  readonly trialEndsAt: string | null;
  /** The merchant left Shopify's confirmation page unfinished: where to go back to it. */
  readonly confirmationUrl: string | null;
  readonly notices: readonly BillingNotice[];
  readonly refused: readonly RefusedUsageView[];
  /** The plans on offer (config). */
  readonly plans: { readonly freeOrdersPerMonth: number; readonly growth: GrowthTerms };
}

/** POST /api/billing/subscribe and /cancel. */
export type BillingChangeResponse =
  | { readonly kind: 'confirm'; readonly confirmationUrl: string }
  | { readonly kind: 'unchanged' | 'cancelled' | 'none' }
  | { readonly kind: 'refused'; readonly message: string };
