/**
 * The Billing API on one emulated shop (https://shopify.dev/docs/apps/launch/billing/manual-pricing):
 * appSubscriptionCreate answers a confirmationUrl where the merchant approves or declines (server/charge-routes.ts);
 * a charge not approved within 2 days expires (REST RecurringApplicationCharge: "expired: the recurring charge
 * wasn't accepted within 2 days of being created"); approving replaces the app's active subscription (one per app
 * and shop); usage records count against the cap per 30-day period and one that would pass it is refused with
 * "Total price exceeds balance remaining"; a repeated idempotencyKey returns the first record and charges nothing.
 * Every status change sends app_subscriptions/update; crossing 90% of the cap sends
 * app_subscriptions/approaching_capped_amount. Development stores take test charges only.
 */
import { decimal as shopifyDecimal } from '../admin/money.js';
import type {
  AppSubscriptionLineRecord,
  AppSubscriptionRecord,
  MoneyRecord,
  UsageRecordRecord,
} from '../state/app-billing-records.js';
import { gid, numericId } from '../state/gid.js';
import type { ShopState } from '../state/shop-state.js';
import type { EngineRuntime } from './runtime.js';

const DAY_MS = 86_400_000;
export const PENDING_EXPIRY_MS = 2 * DAY_MS;
const PERIOD_MS = 30 * DAY_MS;
const APPROACHING_SHARE = 0.9;

export interface BillingUserError {
  readonly field: string[] | null;
  readonly message: string;
}

const error = (field: string[] | null, message: string): BillingUserError => ({ field, message });

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Cents of a MoneyInput amount (billing takes USD or the shop's currency, both with cents), or undefined. */
function minorOf(money: MoneyRecord): number | undefined {
  const text = String(money.amount);
  if (!DECIMAL.test(text)) return undefined;
  const [, fraction = ''] = text.split('.');
  if (fraction.replace(/0+$/, '').length > 2) return undefined;
  return Math.round(Number(text) * 100);
}

/** Cents as Shopify prints a Decimal ("29.0", "0.1"). */
const decimal = (minor: number, _currency: string): string => shopifyDecimal(minor / 100);

export interface CreateInput {
  readonly name: unknown;
  readonly returnUrl: unknown;
  readonly trialDays?: unknown;
  readonly test?: unknown;
  readonly lineItems: unknown;
}

interface PlanInput {
  readonly appRecurringPricingDetails?: { price?: MoneyRecord; interval?: string } | null;
  readonly appUsagePricingDetails?: { cappedAmount?: MoneyRecord; terms?: string } | null;
}

/** Every status change of a subscription is delivered to the app as app_subscriptions/update. */
function emitUpdate(runtime: EngineRuntime, state: ShopState, subscription: AppSubscriptionRecord): void {
  const usage = usageLine(subscription);
  runtime.bus.emit({
    domain: state.shop.domain,
    topic: 'app_subscriptions/update',
    payload: {
      app_subscription: {
        admin_graphql_api_id: subscription.id,
        name: subscription.name,
        status: subscription.status,
        admin_graphql_api_shop_id: state.shop.id,
        created_at: subscription.createdAt,
        updated_at: runtime.nowIso(),
        currency: currencyOf(subscription),
        capped_amount: usage ? usage.cappedAmount.amount : null,
      },
    },
  });
}

export const usageLine = (subscription: AppSubscriptionRecord) =>
  subscription.lineItems.find(
    (line): line is Extract<AppSubscriptionLineRecord, { kind: 'usage' }> => line.kind === 'usage',
  );

const currencyOf = (subscription: AppSubscriptionRecord): string => {
  const line = subscription.lineItems[0];
  return line
    ? line.kind === 'recurring'
      ? line.price.currencyCode
      : line.cappedAmount.currencyCode
    : 'USD';
};

/** Expires charges left unapproved for 2 days and starts new 30-day periods; call before reading or changing. */
export function settleBilling(runtime: EngineRuntime, state: ShopState): void {
  const now = runtime.now();
  for (const subscription of state.appSubscriptions.values()) {
    if (subscription.status === 'PENDING' && now - Date.parse(subscription.createdAt) >= PENDING_EXPIRY_MS) {
      subscription.status = 'EXPIRED';
      emitUpdate(runtime, state, subscription);
    }
    if (subscription.status === 'ACTIVE' && subscription.currentPeriodEnd !== null) {
      let end = Date.parse(subscription.currentPeriodEnd);
      if (end > now) continue;
      while (end <= now) end += PERIOD_MS;
      subscription.currentPeriodEnd = new Date(end).toISOString();
      const usage = usageLine(subscription);
      if (usage) usage.balanceUsedMinor = 0;
    }
  }
}

export function createAppSubscription(
  runtime: EngineRuntime,
  state: ShopState,
  input: CreateInput,
):
  | { readonly subscription: AppSubscriptionRecord; readonly errors: readonly [] }
  | { readonly subscription: null; readonly errors: readonly BillingUserError[] } {
  const errors: BillingUserError[] = [];
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (name === '') errors.push(error(['name'], "Name can't be blank"));
  else if (name.length > 255) errors.push(error(['name'], 'Name is too long (maximum is 255 characters)'));
  let returnUrl = '';
  try {
    const url = new URL(String(input.returnUrl));
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('protocol');
    returnUrl = url.toString();
  } catch {
    errors.push(error(['returnUrl'], 'Return url is not a valid URL'));
  }
  const trialDays = input.trialDays ?? 0;
  if (typeof trialDays !== 'number' || !Number.isInteger(trialDays) || trialDays < 0)
    errors.push(error(['trialDays'], 'Trial days must be greater than or equal to 0'));
  else if (trialDays > 1000)
    errors.push(error(['trialDays'], 'Trial days must be less than or equal to 1000'));
  const test = input.test === true;
  if (state.shop.plan.partnerDevelopment === true && !test)
    errors.push(error(['test'], 'Development stores can only be charged with test charges (test: true)'));

  const items = Array.isArray(input.lineItems) ? (input.lineItems as { plan?: PlanInput }[]) : [];
  if (items.length === 0) errors.push(error(['lineItems'], "Line items can't be blank"));
  if (items.length > 2)
    errors.push(error(['lineItems'], 'A subscription has at most one recurring and one usage line item'));
  const lines: AppSubscriptionLineRecord[] = [];
  const currencies = new Set<string>();
  const supported = new Set(['USD', state.shop.currencyCode]);
  const number = numericId(state.newId('AppSubscription'));
  items.forEach((item, index) => {
    const field = ['lineItems', String(index), 'plan'];
    const recurring = item.plan?.appRecurringPricingDetails ?? null;
    const usage = item.plan?.appUsagePricingDetails ?? null;
    if ((recurring === null) === (usage === null)) {
      errors.push(
        error(field, 'A plan has exactly one of appRecurringPricingDetails or appUsagePricingDetails'),
      );
      return;
    }
    const lineId = `gid://shopify/AppSubscriptionLineItem/${number}?v=1&index=${index}`;
    if (recurring) {
      if (lines.some((line) => line.kind === 'recurring'))
        errors.push(error(field, 'Only one recurring line item is allowed'));
      const price = recurring.price as MoneyRecord;
      currencies.add(price.currencyCode);
      const minor = minorOf(price);
      if (minor === undefined || minor < 0)
        errors.push(
          error(
            [...field, 'appRecurringPricingDetails', 'price'],
            'Price must be greater than or equal to 0',
          ),
        );
      lines.push({
        kind: 'recurring',
        id: lineId,
        price: { amount: decimal(minor ?? 0, price.currencyCode), currencyCode: price.currencyCode },
        interval: recurring.interval === 'ANNUAL' ? 'ANNUAL' : 'EVERY_30_DAYS',
      });
    } else if (usage) {
      if (lines.some((line) => line.kind === 'usage'))
        errors.push(error(field, 'Only one usage line item is allowed'));
      const capped = usage.cappedAmount as MoneyRecord;
      currencies.add(capped.currencyCode);
      const minor = minorOf(capped);
      if (minor === undefined || minor <= 0)
        errors.push(
          error([...field, 'appUsagePricingDetails', 'cappedAmount'], 'Capped amount must be greater than 0'),
        );
      if (typeof usage.terms !== 'string' || usage.terms.trim() === '')
        errors.push(error([...field, 'appUsagePricingDetails', 'terms'], "Terms can't be blank"));
      lines.push({
        kind: 'usage',
        id: lineId,
        cappedAmount: { amount: decimal(minor ?? 0, capped.currencyCode), currencyCode: capped.currencyCode },
        terms: String(usage.terms ?? ''),
        balanceUsedMinor: 0,
        records: [],
      });
    }
  });
  if (currencies.size > 1)
    errors.push(error(['lineItems'], 'Currency codes must be the same for all line items'));
  for (const currency of currencies)
    if (!supported.has(currency))
      errors.push(
        error(['lineItems'], `Currency ${currency} is not supported: use USD or the shop's currency`),
      );
  if (errors.length > 0) return { subscription: null, errors };
  const subscription: AppSubscriptionRecord = {
    id: gid('AppSubscription', number),
    name,
    status: 'PENDING',
    test,
    trialDays: trialDays as number,
    createdAt: runtime.nowIso(),
    currentPeriodEnd: null,
    returnUrl,
    lineItems: lines,
  };
  state.appSubscriptions.set(subscription.id, subscription);
  emitUpdate(runtime, state, subscription);
  return { subscription, errors: [] };
}

/** The merchant's answer on the confirmation page. Approving replaces the app's active subscription. */
export function decideAppSubscription(
  runtime: EngineRuntime,
  state: ShopState,
  id: string,
  decision: 'approve' | 'decline',
): AppSubscriptionRecord {
  settleBilling(runtime, state);
  const subscription = state.appSubscriptions.get(id);
  if (!subscription) throw new Error(`No app subscription ${id}`);
  if (subscription.status !== 'PENDING') return subscription;
  if (decision === 'decline') {
    subscription.status = 'DECLINED';
    emitUpdate(runtime, state, subscription);
    return subscription;
  }
  for (const other of state.appSubscriptions.values())
    if (other.status === 'ACTIVE') {
      other.status = 'CANCELLED';
      emitUpdate(runtime, state, other);
    }
  subscription.status = 'ACTIVE';
  subscription.currentPeriodEnd = new Date(runtime.now() + PERIOD_MS).toISOString();
  emitUpdate(runtime, state, subscription);
  return subscription;
}

export function cancelAppSubscription(
  runtime: EngineRuntime,
  state: ShopState,
  id: unknown,
): { subscription: AppSubscriptionRecord | null; errors: BillingUserError[] } {
  settleBilling(runtime, state);
  const subscription = typeof id === 'string' ? state.appSubscriptions.get(id) : undefined;
  if (!subscription) return { subscription: null, errors: [error(['id'], 'Subscription not found')] };
  if (
    subscription.status !== 'ACTIVE' &&
    subscription.status !== 'FROZEN' &&
    subscription.status !== 'ACCEPTED'
  )
    return {
      subscription: null,
      errors: [error(['id'], `Subscription is ${subscription.status.toLowerCase()}, not active`)],
    };
  subscription.status = 'CANCELLED';
  emitUpdate(runtime, state, subscription);
  return { subscription, errors: [] };
}

export interface UsageInput {
  readonly subscriptionLineItemId: unknown;
  readonly price: MoneyRecord;
  readonly description: unknown;
  readonly idempotencyKey?: unknown;
}

export function createUsageRecord(
  runtime: EngineRuntime,
  state: ShopState,
  input: UsageInput,
): { record: UsageRecordRecord | null; errors: BillingUserError[] } {
  settleBilling(runtime, state);
  let subscription: AppSubscriptionRecord | undefined;
  let line: Extract<AppSubscriptionLineRecord, { kind: 'usage' }> | undefined;
  for (const candidate of state.appSubscriptions.values()) {
    const found = candidate.lineItems.find((item) => item.id === input.subscriptionLineItemId);
    if (found) {
      subscription = candidate;
      if (found.kind === 'usage') line = found;
    }
  }
  if (!subscription)
    return { record: null, errors: [error(['subscriptionLineItemId'], 'Subscription line item not found')] };
  if (!line)
    return {
      record: null,
      errors: [error(['subscriptionLineItemId'], 'Subscription line item must have a usage pricing plan')],
    };
  const key = input.idempotencyKey ?? null;
  if (key !== null && (typeof key !== 'string' || key.length > 255))
    return {
      record: null,
      errors: [error(['idempotencyKey'], 'Idempotency key is too long (maximum is 255 characters)')],
    };
  const repeated = key === null ? undefined : line.records.find((record) => record.idempotencyKey === key);
  if (repeated) return { record: repeated, errors: [] };
  if (subscription.status !== 'ACTIVE')
    return {
      record: null,
      errors: [error(null, `The app subscription is ${subscription.status.toLowerCase()}, not active`)],
    };
  if (typeof input.description !== 'string' || input.description.trim() === '')
    return { record: null, errors: [error(['description'], "Description can't be blank")] };
  if (input.price.currencyCode !== line.cappedAmount.currencyCode)
    return {
      record: null,
      errors: [
        error(
          ['price', 'currencyCode'],
          `Currency must be ${line.cappedAmount.currencyCode}, the capped amount's`,
        ),
      ],
    };
  const minor = minorOf(input.price);
  if (minor === undefined || minor <= 0)
    return { record: null, errors: [error(['price', 'amount'], 'Price must be greater than 0')] };
  const cap = minorOf(line.cappedAmount) ?? 0;
  if (line.balanceUsedMinor + minor > cap)
    return { record: null, errors: [error(['price'], 'Total price exceeds balance remaining')] };
  const before = line.balanceUsedMinor;
  const record: UsageRecordRecord = {
    id: state.newId('AppUsageRecord'),
    description: input.description,
    idempotencyKey: key,
    price: { amount: decimal(minor, input.price.currencyCode), currencyCode: input.price.currencyCode },
    createdAt: runtime.nowIso(),
  };
  line.records.push(record);
  line.balanceUsedMinor += minor;
  if (before < cap * APPROACHING_SHARE && line.balanceUsedMinor >= cap * APPROACHING_SHARE)
    runtime.bus.emit({
      domain: state.shop.domain,
      topic: 'app_subscriptions/approaching_capped_amount',
      payload: {
        app_subscription: {
          admin_graphql_api_id: subscription.id,
          name: subscription.name,
          balance_used: decimal(line.balanceUsedMinor, line.cappedAmount.currencyCode),
          capped_amount: line.cappedAmount.amount,
          currency_code: line.cappedAmount.currencyCode,
          admin_graphql_api_shop_id: state.shop.id,
          created_at: subscription.createdAt,
          updated_at: runtime.nowIso(),
        },
      },
    });
  return { record, errors: [] };
}

/** The decimal text of minor units in the line's currency (for resolvers). */
export const usageBalance = (line: Extract<AppSubscriptionLineRecord, { kind: 'usage' }>): MoneyRecord => ({
  amount: decimal(line.balanceUsedMinor, line.cappedAmount.currencyCode),
  currencyCode: line.cappedAmount.currencyCode,
});
