// The measurement pipeline run in process, piece by real piece: the pixel batch parser behind /api/events,
// the orders webhook mapper, the arm and attribution, the daily rollup and the summary with its interval.
// Only the stores are replaced by the joins they perform (the end-to-end runs cover the stores themselves).
import type { OfferEventData } from '@tandem/offer-core';
import type { NewPixelEvent, PixelEventType } from '@tandem/web/domain/index';
import {
  attributeOrder,
  decideOrderArm,
  DEFAULT_INGEST_LIMITS,
  parseEventBatch,
  rollupDay,
  summarizeKpis,
  upgradeSources,
  type KpiReport,
} from '@tandem/web/measurement/index';
import type { CheckoutOutcome, DayOrderFact, EventDayCount, OrderFact } from '@tandem/web/store/index';
import { mapOrderPayload } from '@tandem/web/webhooks/payload-mappers';
import { simulateCheckouts, type SimCheckout, type SimParams } from './simulation.js';

const money = (minor: number) => (minor / 100).toFixed(2);
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
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

  // The joins the measurement store performs: first eligible day per checkout, its earliest order, counts.
  const first = new Map<string, { day: string; arm: NewPixelEvent['arm'] }>();
  const counts = new Map<string, Mutable<EventDayCount> & { tokens: Set<string> }>();
  for (const event of events) {
    const day = event.occurredAt.slice(0, 10);
    if (event.type === 'eligible' && !first.has(event.checkoutToken))
      first.set(event.checkoutToken, { day, arm: event.arm });
    const key = `${day} ${event.arm} ${event.type}`;
    let count = counts.get(key);
    if (count === undefined) {
      count = {
        day,
        arm: event.arm,
        type: event.type as PixelEventType,
        events: 0,
        checkouts: 0,
        tokens: new Set<string>(),
      };
      counts.set(key, count);
    }
    count.tokens.add(event.checkoutToken);
    count.events += 1;
    count.checkouts = count.tokens.size;
  }
  const byHash = new Map(
    facts.flatMap((fact) => (fact.checkoutHash === null ? [] : [[fact.checkoutHash, fact] as const])),
  );
  const outcomesByDay = new Map<string, CheckoutOutcome[]>();
  for (const [hash, seen] of first) {
    const list = outcomesByDay.get(seen.day) ?? [];
    list.push({ checkoutHash: hash, arm: seen.arm, arms: 1, order: byHash.get(hash) ?? null });
    outcomesByDay.set(seen.day, list);
  }
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
      events: [...counts.values()].filter((count) => count.day === day),
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
