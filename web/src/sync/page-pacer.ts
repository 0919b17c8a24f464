import { waitBeforeRequest } from '../shopify/admin/throttle.js';
import type { QueryCost } from '../shopify/admin/types.js';
import { nextPageSize } from './page-size.js';
import type { SyncContext } from './resource.js';

/**
 * Our bucket estimate and Shopify's drift apart by timer and clock granularity (Node timers may fire a few ms
 * early); waiting for 100 ms of restore beyond the page's cost keeps that from turning into a THROTTLED answer and
 * costs no throughput once the bucket is the limit.
 */
const SAFETY_SECONDS = 0.1;

/**
 * Sizes each page of one query from what the previous page cost, and waits until the bucket holds that page's
 * requested cost. The client's own pre-wait only knows the previous page's cost; a larger page needs this one.
 */
export class PagePacer {
  private observed: { size: number; requestedCost: number } | undefined;

  constructor(private readonly context: SyncContext) {}

  async nextSize(): Promise<number> {
    const { client, now } = this.context.deps;
    const bucket = client.bucket();
    const { size, expectedCost } = nextPageSize({
      observed: this.observed,
      bucket,
      maxPageSize: this.context.options.maxPageSize,
      firstPageSize: this.context.options.firstPageSize,
      maxQueryCost: this.context.options.maxQueryCost,
    });
    const margin = Math.ceil((bucket?.status.restoreRate ?? 0) * SAFETY_SECONDS);
    // Before its first answer a query's cost is unknown; any query Shopify accepts costs at most maxQueryCost, so
    // waiting for that much (or a full bucket, if smaller) rules THROTTLED out. The points are not lost: the
    // bucket was below capacity, and the following pages spend them.
    const needed = expectedCost ?? this.context.options.maxQueryCost;
    const waitMs = waitBeforeRequest(bucket, needed + margin, now().getTime());
    if (waitMs > 0) await this.context.sleep(waitMs);
    return size;
  }

  observe(size: number, cost: QueryCost | undefined): void {
    if (cost) this.observed = { size, requestedCost: cost.requestedQueryCost };
  }
}
