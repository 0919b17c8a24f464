export { DEFAULT_RANGE_DAYS, MAX_RANGE_DAYS, eachDay, parseDayRange, toDay } from './day-range.js';
export { decodeKpiDay, encodeKpiDay } from './kpi-day-codec.js';
export { readKpis } from './read-kpis.js';
export { computeDay, refreshRollups, rollUp, type RollupDeps } from './refresh-rollups.js';
export { rollupDay, type DayInputs } from './rollup-day.js';
export type { ArmKpis, DailyArmPoint, KpiReport } from './report-types.js';
export { summarizeKpis } from './summarize.js';
export * from './types.js';
