import type { Stores } from '../../store/types.js';
import { checkoutOfOrder } from '../checkouts/checkout-of-order.js';
import { recordCheckouts } from '../checkouts/record-checkouts.js';
import type { AttributionSummary } from './attribute-orders.js';
import { attributeOrders } from './attribute-orders.js';

export interface ReconcileDeps {
  readonly stores: Pick<Stores, 'attributions' | 'measurement' | 'settings' | 'offers' | 'shops'>;
}

export interface ReconcileResult {
  readonly orders: number;
  /** Checkouts first known from an order this run found (their checkouts/create and orders/create were missed). */
  readonly checkouts: number;
  readonly attributedLines: number;
  readonly malformedLines: number;
  /** Orders an offer earned something in (treatment): the webhook would have had them charged. */
  readonly offerOrders: readonly string[];
}

/**
 * Attributes every stored order whose fact is missing or older than the order: orders that arrived by sync
 * rather than webhook, or changed (refunds) while a webhook was lost. Orders attributed from their webhook and
 * unchanged since are left alone, keeping the line-level refunds only the webhook payload carries.
 *
 * What the missed orders/create webhook would have recorded is recorded first: the order's checkout (from the
 * checkout token the Admin API reports) unless Shopify already reported it, so the order takes that checkout's
 * arm and the checkout counts as eligible or not exactly as on the webhook's path. Orders from before the shop's
 * install (the history the first sync reads) are left out of the lift: no buyer was split then.
 * Works in batches until none are left; `maxBatches` bounds one run (the next run continues).
 */
export async function reconcileAttribution(
  deps: ReconcileDeps,
  shop: string,
  options: { readonly batchSize?: number; readonly maxBatches?: number; readonly signal?: AbortSignal } = {},
): Promise<ReconcileResult> {
  const batchSize = options.batchSize ?? 500;
  const maxBatches = options.maxBatches ?? 10_000;
  let total: ReconcileResult = {
    orders: 0,
    checkouts: 0,
    attributedLines: 0,
    malformedLines: 0,
    offerOrders: [],
  };
  // Only the sync job of an installed shop reconciles; a shop never installed has nothing measured.
  const measuredFrom = (await deps.stores.shops.get(shop))?.installedAt;
  if (measuredFrom === undefined) return total;
  for (let batch = 0; batch < maxBatches; batch += 1) {
    options.signal?.throwIfAborted();
    const orders = await deps.stores.measurement.unattributedOrders(shop, batchSize);
    if (orders.length === 0) break;
    const missed = orders.flatMap((order) => {
      const checkout =
        Date.parse(order.createdAt) >= Date.parse(measuredFrom) ? checkoutOfOrder(order) : null;
      return checkout === null ? [] : [checkout];
    });
    const { recorded } = await recordCheckouts(deps, shop, missed);
    const summary: AttributionSummary = await attributeOrders(deps, shop, orders, { measuredFrom });
    total = {
      orders: total.orders + summary.orders,
      checkouts: total.checkouts + recorded,
      attributedLines: total.attributedLines + summary.attributedLines,
      malformedLines: total.malformedLines + summary.malformedLines,
      offerOrders: [...total.offerOrders, ...summary.offerOrders],
    };
  }
  return total;
}
