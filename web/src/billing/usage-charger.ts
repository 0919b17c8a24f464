/**
 * Usage charging: every order that took an offer (treatment arm, at least one attributed line) gets one usage
 * record, keyed by its order id; beyond the plan's included orders it is charged with appUsageRecordCreate under
 * that key. Holdout orders are never charged, nor any order twice. Money never stops checkout: past the Free limit
 * or at the cap the order is recorded (`unbilled`, `refused`) and the merchant told; offers keep working.
 */
import type { BillingSubscription, RefusalReason, UsageRecord } from '../domain/billing.js';
import type { Logger } from '../logger.js';
import type { AdminClient } from '../shopify/admin/client.js';
import type { Stores } from '../store/types.js';
import { activeSubscription, freePeriod, growthPeriod, inTrial, usageKey } from './periods.js';
import type { BillingConfig } from './plans.js';
import { createUsageRecord } from './shopify-billing.js';

export interface ChargerDeps {
  readonly stores: Pick<Stores, 'billing' | 'measurement' | 'attributions'>;
  readonly adminClient: (shop: string) => Promise<AdminClient>;
  readonly config: BillingConfig;
  readonly logger: Logger;
  readonly now: () => Date;
}

export type ChargeOutcome =
  | { readonly kind: 'not-chargeable'; readonly reason: 'holdout' | 'no-offer' | 'no-arm' | 'cancelled' }
  /** A record exists for this order already (a redelivered or updated order). */
  | { readonly kind: 'duplicate'; readonly record: UsageRecord }
  | { readonly kind: 'recorded'; readonly record: UsageRecord };

// Shopify's message when a record would pass the cap: "Total price exceeds balance remaining".
const CAP_MESSAGE = /exceeds? balance remaining/i;

function classify(message: string): RefusalReason {
  if (CAP_MESSAGE.test(message)) return 'cap';
  if (/not active|cancel|inactive|frozen|expired|declined/i.test(message)) return 'inactive';
  return 'other';
}

export function createUsageCharger(deps: ChargerDeps) {
  const { stores, config, logger } = deps;

  /** Records (and charges, past the allowance) one stored, attributed order. Idempotent. */
  async function chargeOrder(shop: string, orderId: string): Promise<ChargeOutcome> {
    const [fact] = await stores.measurement.getOrderFacts(shop, [orderId]);
    if (!fact || fact.arm === null) return { kind: 'not-chargeable', reason: 'no-arm' };
    if (fact.arm === 'control') return { kind: 'not-chargeable', reason: 'holdout' };
    if (fact.cancelled) return { kind: 'not-chargeable', reason: 'cancelled' };
    const attributions = await stores.attributions.listForOrders(shop, [orderId]);
    if (!attributions.some((a) => a.arm === 'treatment' && a.quantity > 0))
      return { kind: 'not-chargeable', reason: 'no-offer' };
    const key = usageKey(orderId);
    const subscriptions = await stores.billing.subscriptions(shop);
    const active = activeSubscription(subscriptions);
    const now = deps.now();
    const period = active ? growthPeriod(active) : freePeriod(fact.createdAt);
    const counted = await stores.billing.countUsage(shop, period, key);
    const allowance = active ? active.includedOrders : config.freeOrdersPerMonth;
    const base: UsageRecord = {
      key,
      orderId,
      period,
      state: 'included',
      priceMinor: 0,
      currency: active?.currency ?? config.currency,
      subscriptionId: active?.id ?? null,
      shopifyId: null,
      refusal: null,
      message: null,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    const record: UsageRecord =
      counted < allowance || (active && inTrial(active, now))
        ? base
        : active
          ? { ...base, state: 'pending', priceMinor: active.perOrderMinor }
          : { ...base, state: 'unbilled' };
    const claim = await stores.billing.claimUsage(shop, record);
    if (claim.kind === 'exists') {
      // A charge whose answer was lost (crash, timeout) is asked again under the same key: Shopify answers with
      // the record it made the first time, or makes it now.
      if (claim.record.state !== 'pending') return { kind: 'duplicate', record: claim.record };
      return { kind: 'recorded', record: await charge(shop, claim.record, subscriptions) };
    }
    if (record.state !== 'pending') return { kind: 'recorded', record };
    return { kind: 'recorded', record: await charge(shop, record, subscriptions) };
  }

  async function charge(
    shop: string,
    record: UsageRecord,
    subscriptions: readonly BillingSubscription[],
  ): Promise<UsageRecord> {
    const subscription = subscriptions.find((s) => s.id === record.subscriptionId);
    const at = deps.now().toISOString();
    if (!subscription || subscription.status !== 'ACTIVE') {
      const refused = {
        ...record,
        state: 'refused' as const,
        refusal: 'inactive' as const,
        message: 'the subscription is no longer active',
        updatedAt: at,
      };
      await stores.billing.updateUsage(shop, refused);
      logger.warn(
        { shop, orderId: record.orderId, key: record.key },
        'usage record refused: subscription not active',
      );
      return refused;
    }
    const result = await createUsageRecord(await deps.adminClient(shop), subscription, {
      key: record.key,
      priceMinor: record.priceMinor,
      description: `Order ${record.orderId.split('/').pop() ?? record.orderId} took a Tandem offer`,
    });
    if (result.kind === 'charged') {
      const charged = {
        ...record,
        state: 'charged' as const,
        shopifyId: result.id,
        refusal: null,
        message: null,
        updatedAt: at,
      };
      await stores.billing.updateUsage(shop, charged);
      await stores.billing.saveSubscription(shop, {
        ...subscription,
        balanceUsedMinor: subscription.balanceUsedMinor + record.priceMinor,
        updatedAt: at,
      });
      return charged;
    }
    const refused = {
      ...record,
      state: 'refused' as const,
      refusal: classify(result.message),
      message: result.message,
      updatedAt: at,
    };
    await stores.billing.updateUsage(shop, refused);
    logger.warn(
      { shop, orderId: record.orderId, key: record.key, refusal: refused.refusal, reason: result.message },
      'usage record refused by Shopify',
    );
    return refused;
  }

  /**
   * After the cap was raised: charges the current period's records refused at the cap, oldest first, while they
   * fit under it. Refusals for an inactive subscription are never retried (they cannot succeed).
   */
  async function retryRefused(shop: string): Promise<number> {
    const subscriptions = await stores.billing.subscriptions(shop);
    const active = activeSubscription(subscriptions);
    if (!active) return 0;
    const waiting = (await stores.billing.usageInPeriod(shop, growthPeriod(active))).filter(
      (r) => r.state === 'refused' && r.refusal === 'cap' && r.subscriptionId === active.id,
    );
    let balance = active.balanceUsedMinor;
    let charged = 0;
    for (const record of waiting) {
      if (balance + record.priceMinor > active.cappedMinor) break;
      const current = (await stores.billing.subscriptions(shop)).find((s) => s.id === active.id) ?? active;
      const result = await charge(shop, { ...record, state: 'pending' }, [current]);
      if (result.state !== 'charged') break;
      balance += record.priceMinor;
      charged += 1;
    }
    return charged;
  }

  return { chargeOrder, retryRefused };
}

export type UsageCharger = ReturnType<typeof createUsageCharger>;
