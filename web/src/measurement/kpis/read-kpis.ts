import type { DayRange } from '../../store/ports/measurement-store.js';
import { decodeKpiDay } from './kpi-day-codec.js';
import { refreshRollups, rollUp, type RollupDeps } from './refresh-rollups.js';
import type { KpiReport } from './report-types.js';
import { summarizeKpis } from './summarize.js';
import type { KpiDay } from './types.js';

/**
 * The shop's KPIs over an inclusive range of UTC days: refreshes the range's dirty days, then sums the stored
 * daily rollups (one row per day with data). A rollup stored in an older shape is recomputed, not misread.
 */
export async function readKpis(deps: RollupDeps, shop: string, range: DayRange): Promise<KpiReport> {
  await refreshRollups(deps, shop, range);
  const rows = await deps.stores.measurement.rollups(shop, range);
  const days: KpiDay[] = [];
  const stale: string[] = [];
  for (const row of rows) {
    const day = decodeKpiDay(row.payload);
    if (day) days.push(day);
    else stale.push(row.day);
  }
  if (stale.length > 0)
    days.push(
      ...(await rollUp(
        deps,
        shop,
        stale.map((day) => ({ day, mark: 'recompute' })),
      )),
    );
  return summarizeKpis(
    range,
    days.sort((a, b) => (a.day < b.day ? -1 : 1)),
  );
}
