import { ValidationError } from '../../errors.js';
import type { DayRange } from '../../store/ports/measurement-store.js';

const DAY_MS = 86_400_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Longest range one report covers: a year of daily rollups. */
export const MAX_RANGE_DAYS = 366;
/** Without `from`/`to`: the last 30 days including today. */
export const DEFAULT_RANGE_DAYS = 30;

export const toDay = (time: number): string => new Date(time).toISOString().slice(0, 10);

function parseDay(field: 'from' | 'to', value: unknown): number {
  const time =
    typeof value === 'string' && DAY.test(value) ? Date.parse(`${value}T00:00:00.000Z`) : Number.NaN;
  if (Number.isNaN(time) || toDay(time) !== value) {
    throw new ValidationError(
      `Invalid ${field}: must be a UTC day like 2025-03-01 (got ${JSON.stringify(value)})`,
      [{ path: field, message: 'must be a UTC day like 2025-03-01' }],
    );
  }
  return time;
}

/**
 * A report range from optional `from`/`to` days (both inclusive, UTC). Missing `to` is today; missing `from`
 * is 29 days before `to`. Bad days, a reversed range or one longer than a year are a ValidationError.
 */
export function parseDayRange(
  input: { readonly from?: unknown; readonly to?: unknown },
  now: Date,
): DayRange {
  const to =
    input.to === undefined ? Date.parse(`${toDay(now.getTime())}T00:00:00.000Z`) : parseDay('to', input.to);
  const from =
    input.from === undefined ? to - (DEFAULT_RANGE_DAYS - 1) * DAY_MS : parseDay('from', input.from);
  if (from > to)
    throw new ValidationError('Invalid range: to is before from', [
      { path: 'to', message: 'must not be before from' },
    ]);
  if ((to - from) / DAY_MS + 1 > MAX_RANGE_DAYS) {
    throw new ValidationError(`Invalid range: at most ${MAX_RANGE_DAYS} days`, [
      { path: 'from', message: `range must be at most ${MAX_RANGE_DAYS} days` },
    ]);
  }
  return { from: toDay(from), to: toDay(to) };
}

/** Every day of the range, in order. */
export function eachDay(range: DayRange): string[] {
  const days: string[] = [];
  const end = Date.parse(`${range.to}T00:00:00.000Z`);
  for (let time = Date.parse(`${range.from}T00:00:00.000Z`); time <= end; time += DAY_MS)
    days.push(toDay(time));
  return days;
}
