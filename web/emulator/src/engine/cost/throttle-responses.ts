/**
 * Shopify's cost-related response bodies. Shapes from recorded responses: THROTTLED
 * `{"message":"Throttled","extensions":{"code":"THROTTLED","documentation":"https://shopify.dev/api/usage/rate-limits"}}`
 * with HTTP 200 and `actualQueryCost: null`; MAX_COST_EXCEEDED "Query cost is N, which exceeds the single query
 * max cost limit (1000)." — "A single query to the API cannot exceed a cost of 1000. This limit is enforced
 * before query execution begins, and is therefore based on the requested cost"
 * (https://help.shopify.com/en/api/graphql-admin-api/call-limit).
 */
import type { ThrottleStatus } from './leaky-bucket.js';

export const MAX_SINGLE_QUERY_COST = 1000;
const RATE_LIMITS_DOC = 'https://shopify.dev/api/usage/rate-limits';

export interface CostExtension {
  readonly requestedQueryCost: number;
  readonly actualQueryCost: number | null;
  readonly throttleStatus: ThrottleStatus;
}

export function throttledBody(requested: number, status: ThrottleStatus): Record<string, unknown> {
  return {
    errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED', documentation: RATE_LIMITS_DOC } }],
    extensions: {
      cost: {
        requestedQueryCost: requested,
        actualQueryCost: null,
        throttleStatus: status,
      } satisfies CostExtension,
    },
  };
}

export function maxCostExceededBody(requested: number, status: ThrottleStatus): Record<string, unknown> {
  return {
    errors: [
      {
        message: `Query cost is ${requested}, which exceeds the single query max cost limit (${MAX_SINGLE_QUERY_COST}).`,
        extensions: {
          code: 'MAX_COST_EXCEEDED',
          cost: requested,
          maxCost: MAX_SINGLE_QUERY_COST,
          documentation: RATE_LIMITS_DOC,
        },
      },
    ],
    extensions: {
      cost: {
        requestedQueryCost: requested,
        actualQueryCost: null,
        throttleStatus: status,
      } satisfies CostExtension,
    },
  };
}
