import {
  REFUSAL_REASONS,
  SUBSCRIPTION_STATUSES,
  USAGE_STATES,
  type BillingSubscription,
  type UsageRecord,
} from '../../domain/billing.js';
import { validate } from './validate.js';

const CURRENCY = /^[A-Z]{3}$/;
const USAGE_KEY = /^[A-Za-z0-9:_-]{1,255}$/;

export function validateSubscription(value: BillingSubscription): BillingSubscription {
  return validate('subscription', (check) => ({
    id: check.matches('id', value.id, /^gid:\/\/shopify\/AppSubscription\/\d+$/, 'an AppSubscription gid'),
    name: check.string('name', value.name, { max: 255 }),
    status: check.oneOf('status', value.status, SUBSCRIPTION_STATUSES),
    test: check.bool('test', value.test),
    trialDays: check.int('trialDays', value.trialDays, { min: 0, max: 1_000 }),
    createdAt: check.timestamp('createdAt', value.createdAt),
    currentPeriodEnd: check.nullableTimestamp('currentPeriodEnd', value.currentPeriodEnd),
    currency: check.matches('currency', value.currency, CURRENCY, 'a three-letter currency code'),
    recurringMinor: check.int('recurringMinor', value.recurringMinor, { min: 0 }),
    usageLineItemId: check.nullableString('usageLineItemId', value.usageLineItemId, { max: 255 }),
    cappedMinor: check.int('cappedMinor', value.cappedMinor, { min: 0 }),
    balanceUsedMinor: check.int('balanceUsedMinor', value.balanceUsedMinor, { min: 0 }),
    includedOrders: check.int('includedOrders', value.includedOrders, { min: 0 }),
    perOrderMinor: check.int('perOrderMinor', value.perOrderMinor, { min: 0 }),
    confirmationUrl: check.nullableString('confirmationUrl', value.confirmationUrl, { max: 2_000 }),
    updatedAt: check.timestamp('updatedAt', value.updatedAt),
  }));
}

export function validateUsageRecord(value: UsageRecord): UsageRecord {
  return validate('usage record', (check) => ({
    key: check.matches('key', value.key, USAGE_KEY, 'at most 255 letters, digits, ":", "_" or "-"'),
    orderId: check.gid('orderId', value.orderId, 'Order'),
    period: check.string('period', value.period, { max: 255 }),
    state: check.oneOf('state', value.state, USAGE_STATES),
    priceMinor: check.int('priceMinor', value.priceMinor, { min: 0 }),
    currency: check.matches('currency', value.currency, CURRENCY, 'a three-letter currency code'),
    subscriptionId: check.nullableString('subscriptionId', value.subscriptionId, { max: 255 }),
    shopifyId: check.nullableString('shopifyId', value.shopifyId, { max: 255 }),
    refusal: value.refusal === null ? null : check.oneOf('refusal', value.refusal, REFUSAL_REASONS),
    message: check.nullableString('message', value.message, { max: 2_000 }),
    createdAt: check.timestamp('createdAt', value.createdAt),
    updatedAt: check.timestamp('updatedAt', value.updatedAt),
  }));
}
