import type { Arm, PixelEventType } from '../../domain/event.js';
import type { CheckoutFact, FunnelCount, FunnelRules } from '../ports/measurement-store.js';

/** A stored pixel event as the funnel needs it. */
export interface FunnelEventRow {
  readonly checkoutHash: string;
  readonly type: PixelEventType;
  readonly offerId: string | null;
  readonly placement: string | null;
  readonly occurredAt: string;
}

// `eligible` says a block could have shown offers; the holdout's denominators come from Shopify now, so it is no
// funnel stage.
const FUNNEL_TYPES: ReadonlySet<PixelEventType> = new Set([
  'impression',
  'add',
  'upgrade',
  'dismiss',
  'error',
]);

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The funnel of some recorded checkouts from their stored events, the same for every backend: an event counts
 * only within its checkout's window (from shortly before its creation, or a whole window before the order that
 * reported it when Shopify's checkout webhooks were missed, to a window after), a re-rendered block's repeats (same
 * type, offer and placement) once, and a checkout at most `eventsPerType` distinct events of each type (so one
 * type's flood leaves the others' counts alone). The arm is the checkout's, decided on
 * the server; what the browser stated is ignored.
 */
export function countFunnel(
  checkouts: readonly Pick<CheckoutFact, 'checkoutHash' | 'createdAt' | 'arm' | 'source'>[],
  events: readonly FunnelEventRow[],
  rules: FunnelRules,
): FunnelCount[] {
  const byCheckout = new Map(checkouts.map((checkout) => [checkout.checkoutHash, checkout]));
  const firstSeen = new Map<string, Map<string, PixelEventType>>();
  for (const event of events) {
    if (!FUNNEL_TYPES.has(event.type)) continue;
    const checkout = byCheckout.get(event.checkoutHash);
    if (checkout === undefined) continue;
    const created = Date.parse(checkout.createdAt);
    const at = Date.parse(event.occurredAt);
    // A checkout known only from its order was created before that order: its events came before it.
    const early = checkout.source === 'order' ? rules.windowMs : rules.earlyMs;
    if (at < created - early || at > created + rules.windowMs) continue;
    let distinct = firstSeen.get(event.checkoutHash);
    if (distinct === undefined) {
      distinct = new Map();
      firstSeen.set(event.checkoutHash, distinct);
    }
    const key = `${event.type}\u0000${event.offerId ?? ''}\u0000${event.placement ?? ''}`;
    distinct.set(key, event.type);
  }
  const counts = new Map<string, { arm: Arm; type: PixelEventType; events: number; checkouts: number }>();
  for (const [hash, distinct] of firstSeen) {
    const arm = byCheckout.get(hash)?.arm;
    if (arm === undefined) continue;
    const perType = new Map<PixelEventType, number>();
    for (const type of distinct.values()) perType.set(type, (perType.get(type) ?? 0) + 1);
    for (const [type, events] of perType) {
      const key = `${arm} ${type}`;
      const count = counts.get(key) ?? { arm, type, events: 0, checkouts: 0 };
      count.events += Math.min(events, rules.eventsPerType);
      count.checkouts += 1;
      counts.set(key, count);
    }
  }
  return [...counts.values()].sort((a, b) => byText(a.arm, b.arm) || byText(a.type, b.type));
}

/** Adds up counts of disjoint sets of checkouts (a day's checkouts counted chunk by chunk), in countFunnel's order. */
export function mergeFunnelCounts(parts: readonly (readonly FunnelCount[])[]): FunnelCount[] {
  const merged = new Map<string, { arm: Arm; type: PixelEventType; events: number; checkouts: number }>();
  for (const count of parts.flat()) {
    const key = `${count.arm} ${count.type}`;
    const sum = merged.get(key) ?? { arm: count.arm, type: count.type, events: 0, checkouts: 0 };
    sum.events += count.events;
    sum.checkouts += count.checkouts;
    merged.set(key, sum);
  }
  return [...merged.values()].sort((a, b) => byText(a.arm, b.arm) || byText(a.type, b.type));
}
