import type { BillingSubscription, UsageRecord } from '../../domain/billing.js';
import type { ShopDomain } from '../../domain/shop.js';

export type UsageClaim =
  | { readonly kind: 'claimed' }
  /** The order already has a record (a redelivered or updated order): never counted or charged twice. */
  | { readonly kind: 'exists'; readonly record: UsageRecord };

export interface BillingStore {
  /** Inserts or replaces the subscription with this id. */
  saveSubscription(shop: ShopDomain, subscription: BillingSubscription): Promise<void>;
  /** The shop's subscriptions, newest first (by createdAt, then id). */
  subscriptions(shop: ShopDomain): Promise<readonly BillingSubscription[]>;
  /** Stores the record unless one with its key exists (then returns that one, unchanged). */
  claimUsage(shop: ShopDomain, record: UsageRecord): Promise<UsageClaim>;
  /** Replaces a record kept under `record.key`; throws NotFoundError when there is none. */
  updateUsage(shop: ShopDomain, record: UsageRecord): Promise<void>;
  /**
   * How many records the period holds, leaving out `exceptKey`: what every order's charge decision reads, so a
   * count in the database rather than the period's rows (a busy shop's month holds tens of thousands).
   */
  countUsage(shop: ShopDomain, period: string, exceptKey: string): Promise<number>;
  /** Records of one period, oldest first (createdAt, then key). */
  usageInPeriod(shop: ShopDomain, period: string): Promise<readonly UsageRecord[]>;
}
