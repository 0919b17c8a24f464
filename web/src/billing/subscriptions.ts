/**
 * The shop's plan through Shopify's Billing API: upgrading creates a Growth subscription the merchant approves on
 * Shopify's confirmation page; downgrading cancels it. Shopify is the record: what Tandem keeps is refreshed from
 * `currentAppInstallation.activeSubscriptions` (and the ids it created) on every Plan page load and subscription
 * webhook, so a declined, expired or cancelled charge leaves the shop on the plan Shopify says it has.
 */
import type { BillingSubscription } from '../domain/billing.js';
import { ValidationError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { AdminClient } from '../shopify/admin/client.js';
import { mapAppSubscription } from '../shopify/admin/mappers.js';
import type { Stores } from '../store/types.js';
import { activeSubscription } from './periods.js';
import { toDecimal, type BillingConfig } from './plans.js';
import { cancelSubscription, createGrowthSubscription, readBillingState } from './shopify-billing.js';

export interface SubscriptionDeps {
  readonly stores: Pick<Stores, 'billing'>;
  readonly adminClient: (shop: string) => Promise<AdminClient>;
  readonly config: BillingConfig;
  /** Emulator mode: every charge is a test charge. */
  readonly emulator: boolean;
  /** Where Shopify sends the merchant after approving (the embedded app's Plan page). */
  readonly returnUrl: (shop: string) => string;
  readonly logger: Logger;
  readonly now: () => Date;
}

export type SubscribeOutcome =
  | { readonly kind: 'confirm'; readonly confirmationUrl: string }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'refused'; readonly message: string };

export type CancelOutcome =
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'none' }
  | { readonly kind: 'refused'; readonly message: string };

/** Statuses that can still change: Tandem asks Shopify about these by id. */
const OPEN = new Set(['PENDING', 'ACCEPTED', 'ACTIVE', 'FROZEN']);

export function createSubscriptions(deps: SubscriptionDeps) {
  const { stores, config } = deps;
  const growth = config.growth;

  /** Brings the stored subscriptions up to date with Shopify; returns them newest first, and whether the shop is a development store. */
  async function refresh(
    shop: string,
    alsoAsk: readonly string[] = [],
  ): Promise<{ subscriptions: readonly BillingSubscription[]; developmentStore: boolean }> {
    const stored = await stores.billing.subscriptions(shop);
    const byId = new Map(stored.map((s) => [s.id, s]));
    const open = [...new Set([...stored.filter((s) => OPEN.has(s.status)).map((s) => s.id), ...alsoAsk])];
    const state = await readBillingState(await deps.adminClient(shop), open);
    const now = deps.now().toISOString();
    const seen = new Set<string>();
    for (const node of [...state.active, ...state.known]) {
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      await stores.billing.saveSubscription(shop, mapAppSubscription(node, byId.get(node.id), now, growth));
    }
    return {
      subscriptions: await stores.billing.subscriptions(shop),
      developmentStore: state.developmentStore,
    };
  }

  async function subscribe(
    shop: string,
    cappedMinor: number = growth.defaultCapMinor,
  ): Promise<SubscribeOutcome> {
    if (
      !Number.isInteger(cappedMinor) ||
      cappedMinor < growth.minCapMinor ||
      cappedMinor > growth.maxCapMinor
    )
      throw new ValidationError(
        `Invalid plan change: cappedAmount must be between ${toDecimal(growth.minCapMinor)} and ${toDecimal(growth.maxCapMinor)} ${config.currency}`,
        [{ path: 'cappedAmount', message: 'outside the allowed monthly cap' }],
      );
    const { subscriptions, developmentStore } = await refresh(shop);
    const active = activeSubscription(subscriptions);
    if (active && active.cappedMinor === cappedMinor && active.recurringMinor === growth.recurringMinor)
      return { kind: 'unchanged' };
    const test =
      config.testCharges === 'always' ||
      (config.testCharges === 'auto' && (deps.emulator || developmentStore));
    const created = await createGrowthSubscription(await deps.adminClient(shop), {
      name: growth.name,
      currency: config.currency,
      recurringMinor: growth.recurringMinor,
      cappedMinor,
      terms: usageTerms(config),
      // A merchant who had a trial once does not get another by changing the cap.
      trialDays: subscriptions.some((s) => s.status === 'ACTIVE' || s.status === 'CANCELLED')
        ? 0
        : growth.trialDays,
      test,
      returnUrl: deps.returnUrl(shop),
    });
    if (created.kind === 'refused') {
      deps.logger.warn({ shop, reason: created.message }, 'Shopify refused the Growth subscription');
      return created;
    }
    const now = deps.now().toISOString();
    await stores.billing.saveSubscription(shop, {
      ...mapAppSubscription(created.subscription, undefined, now, growth),
      confirmationUrl: created.confirmationUrl,
    });
    return { kind: 'confirm', confirmationUrl: created.confirmationUrl };
  }

  async function cancel(shop: string): Promise<CancelOutcome> {
    const active = activeSubscription((await refresh(shop)).subscriptions);
    if (!active) return { kind: 'none' };
    const result = await cancelSubscription(await deps.adminClient(shop), active.id);
    if (result.kind === 'refused') return result;
    await stores.billing.saveSubscription(
      shop,
      mapAppSubscription(result.subscription, active, deps.now().toISOString(), growth),
    );
    return { kind: 'cancelled' };
  }

  return { refresh, subscribe, cancel };
}

/** The usage terms shown on Shopify's confirmation page: what is charged and when. */
export function usageTerms(config: BillingConfig): string {
  const { growth, currency } = config;
  return `${toDecimal(growth.perOrderMinor)} ${currency} for each order that took a Tandem offer beyond ${growth.includedOrders} in a 30-day period; holdout orders are never charged.`;
}

export type Subscriptions = ReturnType<typeof createSubscriptions>;
