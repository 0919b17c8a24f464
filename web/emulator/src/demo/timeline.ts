/**
 * Order timestamps: the window is cut into hours weighted by day volume × local hour of day × slow shop
 * growth, and order k lands at the (k + u)/n quantile of that mass. So timestamps come out already sorted
 * and exactly n orders are placed, without holding them all.
 */
import { DAY_MS, dayVolume } from './seasonality.js';

const HOUR_MS = 3_600_000;

/** Share of the day's orders per local hour (evening peak, quiet nights). */
const HOUR_PROFILE = [
  0.2, 0.1, 0.06, 0.05, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 1, 1, 1.05, 1, 0.95, 0.95, 1, 1.05, 1.2, 1.4, 1.55,
  1.45, 1.05, 0.55,
] as const;

export interface OrderWindow {
  readonly startMs: number;
  readonly endMs: number;
}

/** `months` calendar months ending at `endDate` (exclusive). */
export function resolveWindow(endDate: string, months: number): OrderWindow {
  const endMs = Date.parse(endDate);
  if (Number.isNaN(endMs))
    throw new RangeError(`demo shop: endDate is not an ISO date: ${JSON.stringify(endDate)}`);
  const start = new Date(endMs);
  start.setUTCMonth(start.getUTCMonth() - months);
  return { startMs: start.getTime(), endMs };
}

function lastSundayUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
}

/** Europe/Amsterdam's offset: CEST (+2) from the last Sunday of March to the last of October, 01:00 UTC. */
export function amsterdamOffsetMs(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  const summer = ms >= lastSundayUtc(year, 2) && ms < lastSundayUtc(year, 9);
  return (summer ? 2 : 1) * HOUR_MS;
}

export class OrderClock {
  private readonly cumulative: Float64Array;
  private readonly total: number;
  private bucket = 0;
  private lastPosition = -1;

  constructor(
    private readonly window: OrderWindow,
    private readonly orders: number,
  ) {
    const hours = Math.max(1, Math.ceil((window.endMs - window.startMs) / HOUR_MS));
    this.cumulative = new Float64Array(hours);
    let sum = 0;
    for (let h = 0; h < hours; h += 1) {
      const utc = window.startMs + h * HOUR_MS;
      const local = utc + amsterdamOffsetMs(utc);
      const localHour = Math.floor((local % DAY_MS) / HOUR_MS);
      const growth = 1 + (0.25 * h) / hours;
      sum += dayVolume(local - (local % DAY_MS)) * (HOUR_PROFILE[localHour] ?? 1) * growth;
      this.cumulative[h] = sum;
    }
    this.total = sum;
  }

  /** Creation time of order k (0-based, called with k ascending); `u` in [0, 1) jitters it. */
  timeOf(k: number, u: number): number {
    const position = ((k + u) / this.orders) * this.total;
    if (position < this.lastPosition)
      throw new RangeError('OrderClock: orders must be timed in ascending order');
    this.lastPosition = position;
    while (this.bucket < this.cumulative.length - 1 && (this.cumulative[this.bucket] as number) <= position) {
      this.bucket += 1;
    }
    const upper = this.cumulative[this.bucket] as number;
    const lower = this.bucket === 0 ? 0 : (this.cumulative[this.bucket - 1] as number);
    const fraction = upper > lower ? (position - lower) / (upper - lower) : 0;
    const ms = this.window.startMs + (this.bucket + Math.min(fraction, 0.999_999)) * HOUR_MS;
    return Math.min(Math.floor(ms / 1000) * 1000, this.window.endMs - 1000);
  }
}
