import { describe, expect, it } from '@jest/globals';
import type { BasketLog } from '../orders/types.js';
import { IndexedMerge } from './indexed-merge.js';
import { evaluatePersonal, SELECTIONS } from './personal-evaluation.js';

const DAY_MS = 86_400_000;
const gidOf = (product: number): string => `gid://shopify/Product/${product + 1}`;
const indexOf = (gid: string): number => Number(gid.slice(gid.lastIndexOf('/') + 1)) - 1;

function logOf(orders: readonly { readonly items: number[]; readonly day: number }[]): BasketLog {
  const start = new Uint32Array(orders.length + 1);
  orders.forEach((order, at) => (start[at + 1] = (start[at] ?? 0) + order.items.length));
  return {
    count: orders.length,
    start,
    items: Uint32Array.from(orders.flatMap((order) => order.items)),
    createdAt: Float64Array.from(orders, (order) => order.day * DAY_MS),
  };
}

describe('evaluatePersonal', () => {
  it('scores a returning buyer with their earlier orders only, and first-time buyers and guests as today', () => {
    // Given a shop without any offer lists (the engine offers nothing), so only a profile can hit
    // Three customers re-buy 0 and 1 every two days (so they are repeat purchases); b buys 2 and 3 once
    const orders = [
      { items: [0, 1], day: 0, customer: 'a' },
      { items: [2, 3], day: 1, customer: 'b' },
      { items: [0, 1], day: 2, customer: 'c' },
      { items: [2, 3], day: 3, customer: '' },
      { items: [0, 1], day: 4, customer: 'c' },
      { items: [0, 1], day: 5, customer: 'f' },
      { items: [0, 1], day: 7, customer: 'f' },
      { items: [0, 1], day: 8, customer: 'g' },
      { items: [0, 1], day: 10, customer: 'g' },
      // Test orders: a comes back for 0 and 1; e orders 2 and 3 twice, the first time as a first-time buyer
      { items: [0, 1], day: 30, customer: 'a' },
      { items: [2, 3], day: 31, customer: 'e' },
      { items: [2, 3], day: 32, customer: 'e' },
      { items: [0, 1], day: 33, customer: '' },
    ];
    const report = evaluatePersonal({
      log: logOf(orders),
      customers: orders.map((order) => order.customer),
      train: 9,
      productCount: 4,
      engine: () => new IndexedMerge(new Map(), 4, indexOf, gidOf),
    });
    const group = (name: string) => report.groups.find((g) => g.group === name);
    // Then a's two leave-one-out cases hit through "buy again" of a due repeat purchase, while e's second order's
    // miss: 2 and 3 are no repeat purchases, and e bought them the day before (not offered again)
    expect(group('returning')).toMatchObject({
      cases: 4,
      boughtBefore: 4,
      plain: { hr3: 0, hr10: 0 },
      personal: { hr3: 50, hr10: 50 },
      withoutRecentRule: { hr3: 50, hr10: 50 },
    });
    // And e's first order is scored as a first-time buyer's (its later order is never its history), unchanged
    expect(group('first_time')).toMatchObject({ cases: 2, boughtBefore: 0, personal: { hr10: 0 } });
    expect(group('guest')).toMatchObject({ cases: 2, personal: { hr10: 0 } });
    // And every returning target was in the profile, so an oracle ranking the profile first would hit them all
    expect(group('returning')).toMatchObject({ inProfile: 4, oracleHr10: 100 });
    // And the selection and weights were chosen among those tried, on the validation orders' returning buyers
    expect(SELECTIONS).toContainEqual(report.selection);
    expect(report.validation[0]).toMatchObject({ selection: report.selection, weights: report.weights });
    expect(report.validationReturning.group).toBe('returning');
  });
});
