/**
 * When people buy: outdoor peaks in July, tea and coffee lean to winter, sun care is a summer thing, and
 * the whole shop swells from November (Black Friday, Cyber Monday) to mid December. Functions of the
 * calendar only, so any window (6 months ending in November, 12 ending on New Year) shows the same shape.
 */
import type { Season, Vertical } from './types.js';

export const DAY_MS = 86_400_000;
const YEAR_DAYS = 365.25;

/** Fractional day of the (UTC) year, 0 = 1 January 00:00. */
export function dayOfYear(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  return (ms - Date.UTC(year, 0, 1)) / DAY_MS;
}

/** 1 at `peakDay`, falling off like a Gaussian of `width` days, wrapping over New Year. */
function bump(day: number, peakDay: number, width: number): number {
  let distance = Math.abs(day - peakDay);
  distance = Math.min(distance, YEAR_DAYS - distance);
  return Math.exp(-((distance / width) ** 2));
}

/** Relative demand for a department on a day of the year (see dayOfYear). */
export function verticalSeason(vertical: Vertical, day: number): number {
  switch (vertical) {
    case 'outdoor':
      return 0.35 + 1.3 * bump(day, 190, 55);
    case 'coffee':
      return 0.85 + 0.3 * bump(day, 15, 75);
    case 'tea':
      return 0.75 + 0.6 * bump(day, 15, 70);
    case 'skincare':
      return 0.95 + 0.15 * bump(day, 180, 60);
  }
}

/** Probability in (0, 1] that a seasonal kind is accepted when drawn (rejection sampling). */
export function kindSeasonAcceptance(season: Season | null, day: number): number {
  if (season === 'summer') return 0.12 + 0.88 * bump(day, 190, 50);
  if (season === 'winter') return 0.55 + 0.45 * bump(day, 15, 70);
  return 1;
}

const WEEKDAY = [1.12, 1.08, 1.02, 1, 0.97, 0.92, 0.88] as const;

/** Black Friday: the day after the fourth Thursday of November. */
function blackFridayMs(year: number): number {
  const firstWeekday = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  const firstThursday = 1 + ((4 - firstWeekday + 7) % 7);
  return Date.UTC(year, 10, firstThursday + 21 + 1);
}

function holidayFactor(dayStartMs: number): number {
  const date = new Date(dayStartMs);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  const sinceBlackFriday = Math.round((dayStartMs - blackFridayMs(year)) / DAY_MS);
  if (sinceBlackFriday === 0) return 2.8;
  if (sinceBlackFriday === 1 || sinceBlackFriday === 2) return 1.8;
  if (sinceBlackFriday === 3) return 2.2;
  if (sinceBlackFriday > 3 && sinceBlackFriday < 7) return 1.5;
  if (month === 10) return 1.1 + 0.25 * (day / 28);
  if (month === 11) {
    if (day <= 18) return 1.6;
    if (day <= 23) return 1.2;
    if (day <= 26) return 0.55;
    return 0.9;
  }
  if (month === 0 && day <= 10) return 0.85;
  return 1;
}

/** Order volume of the local calendar day starting at `dayStartMs`, relative to an ordinary day. */
export function dayVolume(dayStartMs: number): number {
  return (WEEKDAY[new Date(dayStartMs).getUTCDay()] ?? 1) * holidayFactor(dayStartMs);
}

/** Black Friday of every year the window touches, for `inBlackFridayWeek`. */
export function blackFridays(startMs: number, endMs: number): number[] {
  const years: number[] = [];
  for (let year = new Date(startMs).getUTCFullYear(); year <= new Date(endMs).getUTCFullYear(); year += 1) {
    years.push(blackFridayMs(year));
  }
  return years;
}

/** Black Friday to Cyber Monday (deeper discounts). */
export function inBlackFridayWeek(ms: number, fridays: readonly number[]): boolean {
  return fridays.some((friday) => ms >= friday && ms < friday + 4 * DAY_MS);
}
