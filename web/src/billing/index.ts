/** Charging through Shopify (issue 26): plans, subscriptions, usage per order that took an offer. */
import type { BillingResponse } from '../api-contract/index.js';
import { currentPeriod, planView } from './plan-view.js';
import {
  createSubscriptions,
  type CancelOutcome,
  type SubscribeOutcome,
  type SubscriptionDeps,
} from './subscriptions.js';
import { createUsageCharger, type ChargeOutcome, type ChargerDeps } from './usage-charger.js';

export type { BillingConfig } from './plans.js';
export type { ChargeOutcome } from './usage-charger.js';

export type BillingDeps = SubscriptionDeps & ChargerDeps;

export interface Billing {
  /** The Plan page: refreshed from Shopify first, so a decision made on the confirmation page shows at once. */
  view(shop: string): Promise<BillingResponse>;
  subscribe(shop: string, cappedMinor?: number): Promise<SubscribeOutcome>;
  cancel(shop: string): Promise<CancelOutcome>;
  /** After an order is stored and attributed (orders/create, orders/updated). */
  chargeOrder(shop: string, orderId: string): Promise<ChargeOutcome>;
  /**
   * app_subscriptions/update and …/approaching_capped_amount: re-read from Shopify (status, cap, balance: the Plan
   * page warns from 90% of the cap, where Shopify sends the latter), then charge what can now succeed.
   */
  subscriptionChanged(
    shop: string,
    subscriptionId: string,
  ): Promise<{ readonly status: string; readonly retried: number }>;
}

export function createBilling(deps: BillingDeps): Billing {
  const subscriptions = createSubscriptions(deps);
  const charger = createUsageCharger(deps);
  return {
    async view(shop) {
      const refreshed = await subscriptions.refresh(shop);
      const now = deps.now();
      const usage = await deps.stores.billing.usageInPeriod(
        shop,
        currentPeriod(refreshed.subscriptions, now),
      );
      return planView({
        config: deps.config,
        subscriptions: refreshed.subscriptions,
        usage,
        testCharges:
          deps.config.testCharges === 'always' ||
          (deps.config.testCharges === 'auto' && (deps.emulator || refreshed.developmentStore)),
        now,
      });
    },
    subscribe: subscriptions.subscribe,
    cancel: subscriptions.cancel,
    chargeOrder: charger.chargeOrder,
    async subscriptionChanged(shop, subscriptionId) {
      const { subscriptions: current } = await subscriptions.refresh(shop, [subscriptionId]);
      const status = current.find((s) => s.id === subscriptionId)?.status ?? 'UNKNOWN';
      return { status, retried: await charger.retryRefused(shop) };
    },
  };
}
