/** What Shopify reports in `extensions.cost` of every Admin GraphQL response. */
export interface QueryCost {
  readonly requestedQueryCost: number;
  readonly actualQueryCost: number | null;
  readonly throttleStatus: ThrottleStatus;
}

export interface ThrottleStatus {
  readonly maximumAvailable: number;
  readonly currentlyAvailable: number;
  readonly restoreRate: number;
}

/** Structured events the client emits to an injected logger (STYLE 14: one wrapper owns retries and throttling). */
export type AdminLogEvent =
  | {
      readonly type: 'request';
      readonly operation: string;
      readonly requestedCost: number;
      readonly actualCost: number | null;
      readonly available: number;
      readonly ms: number;
    }
  | {
      readonly type: 'throttle-wait';
      readonly operation: string;
      readonly waitMs: number;
      readonly needed: number;
      readonly available: number;
    }
  | {
      readonly type: 'retry';
      readonly operation: string;
      readonly attempt: number;
      readonly delayMs: number;
      readonly reason: string;
    }
  | { readonly type: 'auth-failed'; readonly operation: string; readonly status: number }
  | { readonly type: 'token-refresh'; readonly operation: string };

export interface AdminResult<TData> {
  readonly data: TData;
  readonly cost: QueryCost | undefined;
}
