import type { DayRange } from '../../store/ports/measurement-store.js';
import { decodeKpiDay } from './kpi-day-codec.js';
import type { RollupDeps } from './refresh-rollups.js';
import type { KpiReport } from './report-types.js';
import { summarizeKpis } from './summarize.js';
import type { KpiDay } from './types.js';

/**
 * The shop's KPIs over an inclusive range of UTC days, from the stored daily rollups only (one row per day with
 * data): the request never computes a rollup, the rollup job does (jobs/rollup-job.ts). A rollup stored in an
 * older shape is left out and marked for the job, not misread; `pendingDays` says how many days of the range
 * wait for the job, so the caller can schedule it and the dashboard can say the figures are catching up.
 */
export async function readKpis(
  deps: RollupDeps,
  shop: string,
  range: DayRange,
): Promise<KpiReport & { readonly pendingDays: number }> {
  const { measurement } = deps.stores;
  const rows = await measurement.rollups(shop, range);
  const days: KpiDay[] = [];
  const stale: string[] = [];
  for (const row of rows) {
    const day = decodeKpiDay(row.payload);
    if (day) days.push(day);
    else stale.push(row.day);
  }
  if (stale.length > 0) await measurement.markDirty(shop, stale);
  const pending = await measurement.dirtyDays(shop, range);
  return { ...summarizeKpis(range, days), pendingDays: pending.length };
}
