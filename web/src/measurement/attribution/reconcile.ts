import type { AttributionDeps, AttributionSummary } from './attribute-orders.js';
import { attributeOrders } from './attribute-orders.js';

export interface ReconcileResult {
  readonly orders: number;
  readonly attributedLines: number;
  readonly malformedLines: number;
}

/**
 * Attributes every stored order whose fact is missing or older than the order: orders that arrived by sync
 * rather than webhook, or changed (refunds) while a webhook was lost. Orders attributed from their webhook and
 * unchanged since are left alone, keeping the line-level refunds only the webhook payload carries.
 * Works in batches until none are left; `maxBatches` bounds one run (the next run continues).
 */
export async function reconcileAttribution(
  deps: AttributionDeps,
  shop: string,
  options: { readonly batchSize?: number; readonly maxBatches?: number; readonly signal?: AbortSignal } = {},
): Promise<ReconcileResult> {
  const batchSize = options.batchSize ?? 500;
  const maxBatches = options.maxBatches ?? 10_000;
  let total: ReconcileResult = { orders: 0, attributedLines: 0, malformedLines: 0 };
  for (let batch = 0; batch < maxBatches; batch += 1) {
    options.signal?.throwIfAborted();
    const orders = await deps.stores.measurement.unattributedOrders(shop, batchSize);
    if (orders.length === 0) break;
    const summary: AttributionSummary = await attributeOrders(deps, shop, orders);
    total = {
      orders: total.orders + summary.orders,
      attributedLines: total.attributedLines + summary.attributedLines,
      malformedLines: total.malformedLines + summary.malformedLines,
    };
  }
  return total;
}
