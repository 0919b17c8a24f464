/** The Plan page's answer from stored subscriptions and usage. Pure. */
import type { BillingNotice, BillingResponse, GrowthTerms } from '../api-contract/index.js';
import type { BillingSubscription, UsageRecord } from '../domain/billing.js';
import { activeSubscription, freePeriod, growthPeriod, inTrial, trialEnd } from './periods.js';
import { toDecimal, type BillingConfig } from './plans.js';

const DAY_MS = 86_400_000;
/** Shopify sends app_subscriptions/approaching_capped_amount at 90% of the cap; the Plan page warns from there. */
const APPROACHING_SHARE = 0.9;

export interface PlanViewInput {
  readonly config: BillingConfig;
  readonly subscriptions: readonly BillingSubscription[];
  /** The records of the current period (the one `currentPeriod` names). */
  readonly usage: readonly UsageRecord[];
  readonly testCharges: boolean;
  readonly now: Date;
}

/** The period orders count in now. */
export function currentPeriod(subscriptions: readonly BillingSubscription[], now: Date): string {
  const active = activeSubscription(subscriptions);
  return active ? growthPeriod(active) : freePeriod(now.toISOString());
}

export function planView(input: PlanViewInput): BillingResponse {
  const { config, subscriptions, usage, now } = input;
  const active = activeSubscription(subscriptions);
  const count = (state: UsageRecord['state']) => usage.filter((r) => r.state === state).length;
  const chargedMinor = usage.filter((r) => r.state === 'charged').reduce((sum, r) => sum + r.priceMinor, 0);
  const refused = usage.filter((r) => r.state === 'refused');
  const month = now.toISOString().slice(0, 7);
  const monthEnd = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString();
  const money = (minor: number) => `${toDecimal(minor)} ${active?.currency ?? config.currency}`;
  const notices: BillingNotice[] = [];

  // The newest subscription tells how the last plan change ended, unless the shop has moved on since.
  const latest = subscriptions[0];
  if (latest && latest !== active) {
    if (latest.status === 'DECLINED')
      notices.push({
        kind: 'declined',
        tone: 'warning',
        message: `The Growth plan was declined on Shopify's confirmation page. You stay on ${active ? 'your current Growth plan' : 'Free'}.`,
      });
    else if (latest.status === 'EXPIRED')
      notices.push({
        kind: 'expired',
        tone: 'warning',
        message: `The Growth plan was not approved in time and expired. You stay on ${active ? 'your current Growth plan' : 'Free'}; choose it again to get a new confirmation page.`,
      });
    else if (latest.status === 'PENDING')
      notices.push({
        kind: 'pending',
        tone: 'info',
        message: "The Growth plan is waiting for your approval on Shopify's confirmation page.",
      });
    else if (latest.status === 'CANCELLED' && !active)
      notices.push({
        kind: 'cancelled',
        tone: 'info',
        message: 'Growth was cancelled; the shop is on Free.',
      });
  }
  const frozen = subscriptions.find((s) => s.status === 'FROZEN');
  if (!active && frozen)
    notices.push({
      kind: 'frozen',
      tone: 'critical',
      message:
        'Shopify froze the Growth plan (the store is paused or its bill unpaid). Offers keep working; nothing is charged.',
    });
  const unbilled = count('unbilled');
  if (!active && unbilled > 0)
    notices.push({
      kind: 'over-free-limit',
      tone: 'warning',
      message: `${usage.length} orders took an offer this month, past the ${config.freeOrdersPerMonth} included in Free. Offers keep working until ${monthEnd.slice(0, 10)}; upgrade to Growth to keep them working after that without limits.`,
    });
  const capRefused = refused.filter((r) => r.refusal === 'cap').length;
  if (active && capRefused > 0)
    notices.push({
      kind: 'cap-reached',
      tone: 'critical',
      message: `The monthly cap of ${money(active.cappedMinor)} is reached: ${capRefused} orders were not charged. Offers keep working until the period ends${active.currentPeriodEnd ? ` on ${active.currentPeriodEnd.slice(0, 10)}` : ''}; raise the cap to charge them.`,
    });
  else if (active && active.balanceUsedMinor >= active.cappedMinor * APPROACHING_SHARE)
    notices.push({
      kind: 'approaching-cap',
      tone: 'warning',
      message: `Usage is approaching the monthly cap of ${money(active.cappedMinor)} (${money(active.balanceUsedMinor)} used).`,
    });

  const pending = latest?.status === 'PENDING' ? latest.confirmationUrl : null;
  const periodEnd = active?.currentPeriodEnd ?? null;
  return {
    plan: active ? 'growth' : 'free',
    currency: active?.currency ?? config.currency,
    test: active?.test ?? input.testCharges,
    period: active
      ? {
          start: periodEnd ? new Date(Date.parse(periodEnd) - 30 * DAY_MS).toISOString() : null,
          end: periodEnd,
        }
      : { start: `${month}-01T00:00:00.000Z`, end: monthEnd },
    usage: {
      orders: usage.length,
      allowance: active ? active.includedOrders : config.freeOrdersPerMonth,
      includedOrders: count('included'),
      chargedOrders: count('charged'),
      unbilledOrders: unbilled,
      refusedOrders: refused.length,
      chargedMinor,
      cappedMinor: active?.cappedMinor ?? null,
      balanceUsedMinor: active?.balanceUsedMinor ?? null,
    },
    nextCharge: active
      ? {
          at: periodEnd,
          recurringMinor: active.recurringMinor,
          usageMinor: active.balanceUsedMinor,
        }
      : null,
    trialEndsAt: active && inTrial(active, now) ? trialEnd(active) : null,
    confirmationUrl: pending,
    notices,
    refused: refused.map((r) => ({
      orderId: r.orderId,
      reason: r.refusal ?? 'other',
      message: r.message,
      at: r.updatedAt,
    })),
    plans: { freeOrdersPerMonth: config.freeOrdersPerMonth, growth: growthTerms(config.growth) },
  };
}

function growthTerms({ name: _name, ...terms }: BillingConfig['growth']): GrowthTerms {
  return terms;
}
