/** The plans Tandem offers; Free needs no subscription, Growth is a Shopify app subscription. */
export const PLAN_NAMES = ['free', 'growth'] as const;
export type PlanName = (typeof PLAN_NAMES)[number];

/** Shopify's AppSubscriptionStatus (Admin 2026-10). */
export const SUBSCRIPTION_STATUSES = [
  'PENDING',
  'ACCEPTED',
  'ACTIVE',
  'DECLINED',
  'EXPIRED',
  'FROZEN',
  'CANCELLED',
] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

/** One app subscription as Tandem last read it from Shopify (or created it). Money in minor units. */
export interface BillingSubscription {
  /** gid://shopify/AppSubscription/… */
  readonly id: string;
  readonly name: string;
  readonly status: SubscriptionStatus;
  readonly test: boolean;
  readonly trialDays: number;
  readonly createdAt: string;
  /** Null until Shopify activates it. */
  readonly currentPeriodEnd: string | null;
  readonly currency: string;
  readonly recurringMinor: number;
  /** The usage line item charges go to (appUsageRecordCreate's subscriptionLineItemId). */
  readonly usageLineItemId: string | null;
  readonly cappedMinor: number;
  readonly balanceUsedMinor: number;
  /**
   * The usage terms the merchant approved with it (Shopify keeps them only as text): orders included each period
   * and the charge per further order. A later change of the plan's config leaves them as they were.
   */
  readonly includedOrders: number;
  readonly perOrderMinor: number;
  /** Where the merchant approves it (PENDING only). */
  readonly confirmationUrl: string | null;
  readonly updatedAt: string;
}

/**
 * What became of one order that took an offer (treatment arm), once per order (idempotency key from its id):
 * `included` within the plan's allowance, `unbilled` past the Free limit without a plan (offers keep working),
 * `pending` while the usage charge is in flight, `charged` once Shopify created the usage record, `refused`
 * when Shopify would not (cap reached, subscription no longer active).
 */
export const USAGE_STATES = ['included', 'unbilled', 'pending', 'charged', 'refused'] as const;
export type UsageState = (typeof USAGE_STATES)[number];

/** Why Shopify refused a usage record: `cap` can succeed later (a raised cap), the others cannot. */
export const REFUSAL_REASONS = ['cap', 'inactive', 'other'] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export interface UsageRecord {
  /** `tandem-order-<numeric order id>`, sent to Shopify as appUsageRecordCreate's idempotencyKey. */
  readonly key: string;
  readonly orderId: string;
  /** The billing period it counts in: `month:2026-12` on Free, `sub:<subscription id>:<period end>` on Growth. */
  readonly period: string;
  readonly state: UsageState;
  readonly priceMinor: number;
  readonly currency: string;
  readonly subscriptionId: string | null;
  /** Shopify's AppUsageRecord id once charged. */
  readonly shopifyId: string | null;
  readonly refusal: RefusalReason | null;
  /** Shopify's message for a refusal, for the Plan page and the log. */
  readonly message: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}
