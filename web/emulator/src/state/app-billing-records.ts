/** The app's subscriptions on one emulated shop (Billing API). Money as Shopify's decimal text. */
export interface MoneyRecord {
  readonly amount: string;
  readonly currencyCode: string;
}

export interface UsageRecordRecord {
  readonly id: string;
  readonly description: string;
  readonly idempotencyKey: string | null;
  readonly price: MoneyRecord;
  readonly createdAt: string;
}

export type AppSubscriptionLineRecord =
  | {
      readonly kind: 'recurring';
      readonly id: string;
      readonly price: MoneyRecord;
      readonly interval: 'EVERY_30_DAYS' | 'ANNUAL';
    }
  | {
      readonly kind: 'usage';
      readonly id: string;
      cappedAmount: MoneyRecord;
      readonly terms: string;
      /** Usage in the current period, in minor units. */
      balanceUsedMinor: number;
      readonly records: UsageRecordRecord[];
    };

export type AppSubscriptionStatusValue =
  'PENDING' | 'ACCEPTED' | 'ACTIVE' | 'DECLINED' | 'EXPIRED' | 'FROZEN' | 'CANCELLED';

export interface AppSubscriptionRecord {
  readonly id: string;
  readonly name: string;
  status: AppSubscriptionStatusValue;
  readonly test: boolean;
  readonly trialDays: number;
  readonly createdAt: string;
  currentPeriodEnd: string | null;
  readonly returnUrl: string;
  readonly lineItems: readonly AppSubscriptionLineRecord[];
}
