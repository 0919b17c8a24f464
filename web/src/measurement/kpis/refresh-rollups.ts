import type { DayRange, DirtyDay } from '../../store/ports/measurement-store.js';
import type { Stores } from '../../store/types.js';
import { FUNNEL_LIMITS } from '../funnel/limits.js';
import { encodeKpiDay } from './kpi-day-codec.js';
import { rollupDay } from './rollup-day.js';
import type { KpiDay } from './types.js';

export interface RollupDeps {
  readonly stores: Pick<Stores, 'attributions' | 'measurement'>;
}

/** Days whose rollups are stored per write (and per transaction). */
const DAYS_PER_WRITE = 31;

/**
 * Recomputes one day from the checkouts Shopify reported that day, its orders, those checkouts' funnel and the
 * day's attributions: reads bounded by that day (and its checkouts' event windows).
 */
export async function computeDay(deps: RollupDeps, shop: string, day: string): Promise<KpiDay> {
  const { attributions, measurement } = deps.stores;
  const start = Date.parse(`${day}T00:00:00.000Z`);
  const range = { from: new Date(start).toISOString(), to: new Date(start + 86_400_000).toISOString() };
  const [checkouts, orders, funnel, sums] = await Promise.all([
    measurement.checkoutsOfDay(shop, day),
    measurement.ordersOfDay(shop, day),
    measurement.funnelOfDay(shop, day, FUNNEL_LIMITS),
    attributions.sumByDay(shop, range),
  ]);
  return rollupDay({ day, checkouts, orders, funnel, attributions: sums });
}

/** Recomputes and stores the given days, clearing their marks (a day marked again meanwhile stays dirty). */
export async function rollUp(
  deps: RollupDeps,
  shop: string,
  marks: readonly DirtyDay[],
): Promise<readonly KpiDay[]> {
  const computed: KpiDay[] = [];
  for (let start = 0; start < marks.length; start += DAYS_PER_WRITE) {
    const part = marks.slice(start, start + DAYS_PER_WRITE);
    const days: KpiDay[] = [];
    for (const mark of part) days.push(await computeDay(deps, shop, mark.day));
    await deps.stores.measurement.putRollups(
      shop,
      days.map((day) => ({ day: day.day, payload: encodeKpiDay(day) })),
      part,
    );
    computed.push(...days);
  }
  return computed;
}

/**
 * Brings the rollups of the shop's dirty days (optionally only those in `range`) up to date. Events and
 * orders mark the days they change; a read refreshes only those, so it costs the changed days' data plus one
 * row per day of the range.
 */
export async function refreshRollups(deps: RollupDeps, shop: string, range?: DayRange): Promise<number> {
  const dirty = await deps.stores.measurement.dirtyDays(shop, range);
  await rollUp(deps, shop, dirty);
  return dirty.length;
}
