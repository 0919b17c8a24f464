import { describe, expect, it } from '@jest/globals';
import { streamDemoCatalog } from './catalog-stream.js';
import { streamDemoOrders } from './order-stream.js';
import { amsterdamOffsetMs, OrderClock, resolveWindow } from './timeline.js';
import type { DemoOrderOptions } from './types.js';

/** Line items per month and department. */
function linesByMonth(options: DemoOrderOptions) {
  const category = new Map(
    [...streamDemoCatalog(options)].map(({ product, category }) => [
      Number(product.id.split('/').pop()),
      category,
    ]),
  );
  const months = new Map<string, Map<string, number>>();
  const orders = new Map<string, number>();
  for (const order of streamDemoOrders(options)) {
    const month = new Date(order.createdAtMs).toISOString().slice(0, 7);
    orders.set(month, (orders.get(month) ?? 0) + 1);
    const counts = months.get(month) ?? new Map<string, number>();
    months.set(month, counts);
    for (const line of order.lines) {
      const name = category.get(line.productId) ?? '?';
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const share = (month: string, name: string): number => {
    const counts = months.get(month) ?? new Map<string, number>();
    return (counts.get(name) ?? 0) / [...counts.values()].reduce((a, b) => a + b, 0);
  };
  return { share, orders };
}

describe('seasonality', () => {
  it('sells outdoor gear in summer', () => {
    // Given the default six months (May–October)
    const { share } = linesByMonth({ orders: 12_000 });
    // Then outdoor's share of lines in July is well above May's and twice October's
    expect(share('2026-07', 'Outdoor')).toBeGreaterThan(1.3 * share('2026-05', 'Outdoor'));
    expect(share('2026-07', 'Outdoor')).toBeGreaterThan(2 * share('2026-10', 'Outdoor'));
  });

  it('has more orders per day in November and December, and a Black Friday peak', () => {
    // Given a year of history ending on New Year's Day 2027
    const options = { orders: 12_000, months: 12, endDate: '2027-01-01T00:00:00Z' };
    const { orders } = linesByMonth(options);
    const perDay = (month: string, days: number): number => (orders.get(month) ?? 0) / days;
    // Then November and December sell more per day than September and October
    expect(perDay('2026-11', 30)).toBeGreaterThan(1.15 * perDay('2026-10', 31));
    expect(perDay('2026-12', 31)).toBeGreaterThan(1.15 * perDay('2026-09', 30));
    // And Black Friday (27 November 2026) sells at least twice an average day of the year
    const blackFriday = [...streamDemoOrders(options)].filter((order) =>
      new Date(order.createdAtMs).toISOString().startsWith('2026-11-27'),
    );
    expect(blackFriday.length).toBeGreaterThan((2 * 12_000) / 365);
  });
});

describe('OrderClock', () => {
  it('places orders in ascending time inside the window', () => {
    // Given a clock over the default window
    const window = resolveWindow('2026-11-01T00:00:00Z', 6);
    const clock = new OrderClock(window, 1_000);
    // When every order is timed
    const times = Array.from({ length: 1_000 }, (_, k) => clock.timeOf(k, ((k * 7919) % 1000) / 1000));
    // Then times rise, are whole seconds and lie in the window
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times.every((t) => t % 1000 === 0 && t >= window.startMs && t < window.endMs)).toBe(true);
    expect(new Date(window.startMs).toISOString()).toBe('2026-05-01T00:00:00.000Z');
  });

  it('refuses to go back in time and rejects a bad end date', () => {
    // Given a clock that already timed order 10
    const clock = new OrderClock(resolveWindow('2026-11-01T00:00:00Z', 1), 100);
    clock.timeOf(10, 0);
    // Then timing an earlier order throws, and a malformed end date is named
    expect(() => clock.timeOf(3, 0)).toThrow(/ascending/);
    expect(() => resolveWindow('yesterday', 6)).toThrow(/endDate.*yesterday/);
  });

  it('uses Amsterdam time for the hour of day (CEST in summer, CET in winter)', () => {
    expect(amsterdamOffsetMs(Date.parse('2026-07-01T12:00:00Z'))).toBe(2 * 3_600_000);
    expect(amsterdamOffsetMs(Date.parse('2026-12-01T12:00:00Z'))).toBe(3_600_000);
    expect(amsterdamOffsetMs(Date.parse('2026-10-25T00:59:00Z'))).toBe(2 * 3_600_000);
    expect(amsterdamOffsetMs(Date.parse('2026-10-25T01:00:00Z'))).toBe(3_600_000);
  });
});
