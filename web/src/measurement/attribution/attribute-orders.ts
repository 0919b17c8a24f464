import type { OrderWithLines } from '../../domain/order.js';
import type { Stores } from '../../store/types.js';
import { attributeOrder, upgradeSources, type LineProblem } from './attribute-order.js';
import { hashCheckoutToken } from '../checkout-hash.js';
import { decideOrderArm } from './order-arm.js';

export interface AttributionDeps {
  readonly stores: Pick<Stores, 'attributions' | 'measurement' | 'settings'>;
}

export interface AttributionSummary {
  readonly orders: number;
  readonly attributedLines: number;
  readonly attributedMinor: number;
  readonly malformedLines: number;
  /** Orders the offers earned something in, in the treatment arm: what usage billing charges for. */
  readonly offerOrders: readonly string[];
  readonly problems: readonly (LineProblem & { readonly orderId: string })[];
}

export interface AttributeOptions {
  /** Per order id: refunded quantity per line id, from a webhook payload that itemised its refunds. */
  readonly refundedQuantities?: ReadonlyMap<string, ReadonlyMap<string, number> | undefined>;
  /** See decideOrderArm: orders created before it take no arm of their own (a reconcile passes the install). */
  readonly measuredFrom?: string;
}

/**
 * Attributes stored orders (webhook or reconcile) and records what the rollups need: the attributions
 * replace the orders' previous ones and the facts are upserted, so replays and updates converge. Then the
 * days whose rollups changed are marked — after the writes, so a rollup racing this call either sees the new
 * rows or leaves the newer mark in place; a crash before marking is retried with the job.
 */
export async function attributeOrders(
  deps: AttributionDeps,
  shop: string,
  orders: readonly OrderWithLines[],
  options: AttributeOptions = {},
): Promise<AttributionSummary> {
  const { attributions, measurement, settings } = deps.stores;
  if (orders.length === 0)
    return {
      orders: 0,
      attributedLines: 0,
      attributedMinor: 0,
      malformedLines: 0,
      offerOrders: [],
      problems: [],
    };
  const ids = orders.map((order) => order.id);
  const sources = [...new Set(orders.flatMap(upgradeSources))];
  // Independent reads side by side: attribution runs inside the webhook job, which should stay quick.
  const tokenHashes = [
    ...new Set(
      orders.flatMap((order) => (order.checkoutToken ? [hashCheckoutToken(order.checkoutToken)] : [])),
    ),
  ];
  const [facts, shopSettings, variantPrices, checkouts] = await Promise.all([
    measurement.getOrderFacts(shop, ids),
    settings.get(shop),
    sources.length === 0 ? new Map<string, number>() : measurement.variantPrices(shop, sources),
    tokenHashes.length === 0 ? [] : measurement.getCheckouts(shop, tokenHashes),
  ]);
  const previous = new Map(facts.map((fact) => [fact.orderId, fact]));
  const checkoutArms = new Map(checkouts.map((checkout) => [checkout.checkoutHash, checkout.arm]));
  const holdoutShare = shopSettings.holdoutPct / 100;
  const results = orders.map((order) =>
    attributeOrder({
      order,
      ...decideOrderArm({
        shop,
        order,
        previous: previous.get(order.id),
        holdoutShare,
        checkoutArm: order.checkoutToken
          ? checkoutArms.get(hashCheckoutToken(order.checkoutToken))
          : undefined,
        measuredFrom: options.measuredFrom,
      }),
      variantPrices,
      refundedQuantities: options.refundedQuantities?.get(order.id),
    }),
  );
  const rows = results.flatMap((result) => result.attributions);
  await attributions.replaceForOrders(shop, ids, rows);
  await measurement.putOrderFacts(
    shop,
    results.map((result) => result.fact),
  );

  const hashes = results.flatMap((result) =>
    result.fact.checkoutHash === null ? [] : [result.fact.checkoutHash],
  );
  const customers = [
    ...new Set(orders.flatMap((order) => (order.customerHash === null ? [] : [order.customerHash]))),
  ];
  const days = new Set(orders.map((order) => order.createdAt.slice(0, 10)));
  const [checkoutDays, offerDays] = await Promise.all([
    hashes.length === 0 ? [] : measurement.checkoutDays(shop, hashes),
    customers.length === 0 ? [] : measurement.offerDaysOfCustomers(shop, customers),
  ]);
  for (const day of [...checkoutDays, ...offerDays]) days.add(day);
  await measurement.markDirty(shop, [...days]);

  return {
    orders: orders.length,
    attributedLines: rows.length,
    attributedMinor: rows.reduce((sum, row) => sum + row.revenueMinor, 0),
    malformedLines: results.reduce((sum, result) => sum + result.fact.malformedLines, 0),
    offerOrders: results.flatMap(({ fact }) =>
      fact.arm === 'treatment' && !fact.cancelled && fact.offerLines > 0 ? [fact.orderId] : [],
    ),
    problems: results.flatMap((result) =>
      result.problems.map((problem) => ({ orderId: result.fact.orderId, ...problem })),
    ),
  };
}
