import { ConfigError } from '../errors.js';
import type { ResolvedSyncOptions, SyncOptions } from './types.js';

/** Shopify: "You can retrieve up to a maximum of 250 resources" per connection page. */
export const MAX_PAGE_SIZE = 250;
/** Shopify rejects a single query whose requested cost is above 1,000 points. */
export const MAX_QUERY_COST = 1_000;

export const DEFAULT_SYNC_OPTIONS: Omit<ResolvedSyncOptions, 'customerHashKey' | 'path' | 'allOrders'> = {
  kind: 'full',
  bulkThreshold: { products: 10_000, orders: 50_000 },
  orderWindowDays: 60,
  maxPageSize: MAX_PAGE_SIZE,
  firstPageSize: 50,
  maxQueryCost: MAX_QUERY_COST,
  variantsFirst: 100,
  linesFirst: 50,
  bulkBatchSize: 250,
  maxBulkAttempts: 3,
  bulkPoll: { initialMs: 1_000, factor: 1.5, maxMs: 5_000 },
  incrementalOverlapMs: 10 * 60_000,
  resumeFailedWithinMs: 24 * 3_600_000,
  maxStoredErrors: 100,
};

/** Fills defaults and rejects values that would make a sync misbehave, naming each bad option. */
export function resolveSyncOptions(options: SyncOptions): ResolvedSyncOptions {
  const resolved = {
    ...DEFAULT_SYNC_OPTIONS,
    ...withoutUndefined(options),
    customerHashKey: options.customerHashKey,
  } as ResolvedSyncOptions;
  const problems: string[] = [];
  const positive = (name: string, value: number, max = Number.MAX_SAFE_INTEGER) => {
    if (!Number.isSafeInteger(value) || value < 1 || value > max)
      problems.push(`${name} must be an integer from 1 to ${max} (got ${value})`);
  };
  if (resolved.customerHashKey.length === 0) problems.push('customerHashKey must not be empty');
  positive('maxPageSize', resolved.maxPageSize, MAX_PAGE_SIZE);
  positive('firstPageSize', resolved.firstPageSize, MAX_PAGE_SIZE);
  positive('maxQueryCost', resolved.maxQueryCost, MAX_QUERY_COST);
  positive('variantsFirst', resolved.variantsFirst, MAX_PAGE_SIZE);
  positive('linesFirst', resolved.linesFirst, MAX_PAGE_SIZE);
  positive('bulkBatchSize', resolved.bulkBatchSize, 10_000);
  positive('maxBulkAttempts', resolved.maxBulkAttempts, 20);
  positive('orderWindowDays', resolved.orderWindowDays, 36_500);
  positive('bulkThreshold.products', resolved.bulkThreshold.products);
  positive('bulkThreshold.orders', resolved.bulkThreshold.orders);
  if (problems.length > 0) throw new ConfigError(`Invalid sync options: ${problems.join('; ')}`);
  return resolved;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
