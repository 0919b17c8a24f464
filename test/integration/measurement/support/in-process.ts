// The measurement pipeline run in process, piece by real piece: the pixel batch parser behind /api/events, the
// server's checkout decision (arm, eligibility) as checkouts/create feeds it, the orders webhook mapper, the arm and
// attribution, the verified funnel, the daily rollup and the summary with its interval.
// Only the stores are replaced by the joins they perform (the end-to-end runs cover the stores themselves).
import type { OfferEventData } from '@tandem/offer-core';
import type { NewPixelEvent } from '@tandem/web/domain/index';
import {
  attributeOrder,
  decideCheckout,
  decideOrderArm,
  DEFAULT_INGEST_LIMITS,
  FUNNEL_LIMITS,
  parseEventBatch,
  rollupDay,
  summarizeKpis,
  upgradeSources,
  type KpiReport,
} from '@tandem/web/measurement/index';
import type { CheckoutFact, CheckoutOutcome, DayOrderFact, OrderFact } from '@tandem/web/store/index';
import { countFunnel } from '@tandem/web/store/shared/funnel-counts';
import { mapOrderPayload } from '@tandem/web/webhooks/payload-mappers';
import { simulateCheckouts, type SimCheckout, type SimParams } from './simulation.js';

const money = (minor: number) => (minor / 100).toFixed(2);
const numeric = (gid: string) => Number(gid.slice(gid.lastIndexOf('/') + 1));

/** The orders/create payload Shopify would send for a simulated order (REST shape, as the emulator builds it). */
export function orderPayload(checkout: SimCheckout, number: number): Record<string, unknown> {
  const lines = checkout.lines ?? [];
  const total = lines.reduce((sum, line) => sum + line.variant.priceMinor * line.quantity, 0);
  const at = new Date(checkout.at + 600_000).toISOString();
  return {
    id: number,
    admin_graphql_api_id: `gid://shopify/Order/${number}`,
    created_at: at,
    updated_at: at,
    cancelled_at: null,
    currency: 'EUR',
    subtotal_price: money(total),
    total_price: money(total),
    checkout_token: checkout.token,
    customer: null,
    refunds: [],
    line_items: lines.map((line, index) => ({
      id: number * 10 + index,
      admin_graphql_api_id: `gid://shopify/LineItem/${number * 10 + index}`,
      product_id: null,
      variant_id: numeric(line.variant.id),
      quantity: line.quantity,
      price: money(line.variant.priceMinor),
      discount_allocations: [],
      properties: line.attribute === null ? [] : [{ name: '_tandem', value: line.attribute }],
    })),
  };
}

export interface InProcessRun {
  readonly plantedMinor: number;
  readonly attributedMinor: number;
  readonly report: KpiReport;
}

function storedEvents(params: SimParams, checkouts: readonly SimCheckout[], nowMs: number): NewPixelEvent[] {
  const all: OfferEventData[] = checkouts.flatMap((checkout) => checkout.events);
  const stored: NewPixelEvent[] = [];
  for (let start = 0; start < all.length; start += DEFAULT_INGEST_LIMITS.maxEventsPerBatch) {
    const parsed = parseEventBatch(
      { shop: params.shop, events: all.slice(start, start + DEFAULT_INGEST_LIMITS.maxEventsPerBatch) },
      nowMs,
      DEFAULT_INGEST_LIMITS,
    );
    if (parsed.kind === 'invalid')
      throw new Error(`simulated events refused: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
    stored.push(...parsed.events);
  }
  return stored;
}

export function runInProcess(params: SimParams): InProcessRun {
  const checkouts = simulateCheckouts(params);
  const nowMs = Date.parse(`${params.firstDay}T00:00:00.000Z`) + params.days * 86_400_000;
  const events = storedEvents(params, checkouts, nowMs);
  const prices = new Map(
    params.catalog.base.flatMap((tier) => [
      [tier.from.id, tier.from.priceMinor] as const,
      [tier.to.id, tier.to.priceMinor] as const,
    ]),
  );

  // Orders through the webhook mapper, then arm and attribution.
  const facts: OrderFact[] = [];
  let attributedMinor = 0;
  checkouts.forEach((checkout, index) => {
    if (checkout.lines === null) return;
    const mapped = mapOrderPayload(orderPayload(checkout, index + 1), 'simulation-secret');
    if (mapped.kind === 'invalid') throw new Error(`simulated order unreadable: ${mapped.reason}`);
    const order = mapped.value;
    const variantPrices = new Map(
      upgradeSources(order).flatMap((id) => (prices.has(id) ? [[id, prices.get(id) ?? 0] as const] : [])),
    );
    const result = attributeOrder({
      order,
      ...decideOrderArm({ shop: params.shop, order, previous: undefined, holdoutShare: params.holdoutShare }),
      variantPrices,
    });
    facts.push(result.fact);
    for (const row of result.attributions) {
      attributedMinor += row.revenueMinor;
    }
  });

  // Shopify reports each checkout (checkouts/create); the server decides its arm and eligibility. Every simulated
  // cart holds products with published lists.
  const reported = checkouts.map((checkout) =>
    decideCheckout({
      shop: params.shop,
      checkout: {
        token: checkout.token,
        createdAt: new Date(checkout.at).toISOString(),
        productIds: checkout.cart.map((line) => line.variant.id),
        source: 'checkout',
      },
      holdoutShare: params.holdoutShare,
      publishedProducts: new Set(checkout.cart.map((line) => line.variant.id)),
    }),
  );
  // The joins the measurement store performs: each checkout's day and earliest order, and its verified funnel.
  const byHash = new Map(
    facts.flatMap((fact) => (fact.checkoutHash === null ? [] : [[fact.checkoutHash, fact] as const])),
  );
  const outcomesByDay = new Map<string, CheckoutOutcome[]>();
  const checkoutsByDay = new Map<string, CheckoutFact[]>();
  for (const checkout of reported) {
    const day = checkout.createdAt.slice(0, 10);
    checkoutsByDay.set(day, [...(checkoutsByDay.get(day) ?? []), checkout]);
    if (!checkout.eligible) continue;
    const list = outcomesByDay.get(day) ?? [];
    list.push({
      checkoutHash: checkout.checkoutHash,
      arm: checkout.arm,
      order: byHash.get(checkout.checkoutHash) ?? null,
    });
    outcomesByDay.set(day, list);
  }
  const eventRows = events.map((event) => ({
    checkoutHash: event.checkoutToken,
    type: event.type,
    offerId: event.offerId,
    placement: event.placement ?? null,
    occurredAt: event.occurredAt,
  }));
  const ordersByDay = new Map<string, DayOrderFact[]>();
  for (const fact of facts) {
    const list = ordersByDay.get(fact.createdAt.slice(0, 10)) ?? [];
    list.push({ ...fact, customerHash: null, orderedAgain: false });
    ordersByDay.set(fact.createdAt.slice(0, 10), list);
  }
  const rollups = [...outcomesByDay.keys()].sort().map((day) =>
    rollupDay({
      day,
      checkouts: outcomesByDay.get(day) ?? [],
      orders: ordersByDay.get(day) ?? [],
      funnel: countFunnel(checkoutsByDay.get(day) ?? [], eventRows, FUNNEL_LIMITS),
      // Per-kind sums (AttributionStore.sumByDay) only feed the by-kind breakdown, not the lift.
      attributions: [],
    }),
  );
  const lastDay = new Date(nowMs - 1).toISOString().slice(0, 10);
  return {
    plantedMinor: checkouts.reduce((sum, checkout) => sum + checkout.plantedMinor, 0),
    attributedMinor,
    report: summarizeKpis({ from: params.firstDay, to: lastDay }, rollups),
  };
}
