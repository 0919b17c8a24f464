import type { BucketEstimate } from '../shopify/admin/throttle.js';

export interface PageSizeInput {
  /** The last page of this query: its size and Shopify's requestedQueryCost for it. */
  readonly observed: { readonly size: number; readonly requestedCost: number } | undefined;
  readonly bucket: BucketEstimate | undefined;
  readonly maxPageSize: number;
  readonly firstPageSize: number;
  readonly maxQueryCost: number;
}

export interface PageSize {
  readonly size: number;
  /** Requested cost we expect for that size; undefined before any observation. */
  readonly expectedCost: number | undefined;
}

/**
 * The next page size. Requested cost is static for a query shape and grows at most linearly with `first` (Shopify
 * prices big connections sub-linearly), so the observed cost per node × size is a safe upper bound for any larger
 * page. The largest page whose bound fits one query (≤ 1,000 points) and the bucket's capacity is the cheapest per
 * node; throughput is set by the restore rate either way, so we wait for the bucket rather than shrink the page.
 */
export function nextPageSize(input: PageSizeInput): PageSize {
  const limit = Math.max(1, Math.min(input.maxPageSize, 250));
  if (!input.observed || input.observed.size <= 0 || input.observed.requestedCost <= 0) {
    return { size: Math.min(input.firstPageSize, limit), expectedCost: undefined };
  }
  const perNode = input.observed.requestedCost / input.observed.size;
  const capacity = Math.min(input.maxQueryCost, input.bucket?.status.maximumAvailable ?? input.maxQueryCost);
  const size = Math.max(1, Math.min(limit, Math.floor(capacity / perNode)));
  return { size, expectedCost: Math.ceil(perNode * size) };
}
