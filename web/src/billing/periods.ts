/** Which billing period an order counts in, and whether a subscription is in its trial. Pure. */
import type { BillingSubscription } from '../domain/billing.js';

const DAY_MS = 86_400_000;

/** Free: the UTC calendar month of the order. */
export const freePeriod = (at: string): string => `month:${at.slice(0, 7)}`;

/** Growth: the subscription's current 30-day period, named by when it ends (Shopify's currentPeriodEnd). */
export const growthPeriod = (subscription: BillingSubscription): string =>
  `sub:${subscription.id}:${subscription.currentPeriodEnd ?? 'unstarted'}`;

/** The end of a trial that started when the subscription was created, or null without one. */
export function trialEnd(subscription: BillingSubscription): string | null {
  if (subscription.trialDays === 0) return null;
  return new Date(Date.parse(subscription.createdAt) + subscription.trialDays * DAY_MS).toISOString();
}

export const inTrial = (subscription: BillingSubscription, now: Date): boolean => {
  const end = trialEnd(subscription);
  return end !== null && now.toISOString() < end;
};

/** The subscription the shop pays through: Shopify allows one active subscription per app and shop. */
export const activeSubscription = (
  subscriptions: readonly BillingSubscription[],
): BillingSubscription | undefined => subscriptions.find((subscription) => subscription.status === 'ACTIVE');

/** The idempotency key of an order's usage record: its numeric id, so every redelivery maps to one key. */
export const usageKey = (orderId: string): string => `tandem-order-${orderId.split('/').pop() ?? orderId}`;
