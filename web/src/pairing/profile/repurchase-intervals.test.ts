import { describe, expect, it } from '@jest/globals';
import { learnRepurchaseIntervals } from './repurchase-intervals.js';

describe('learnRepurchaseIntervals', () => {
  it('gives the median gap between one customer’s purchase days, for products enough customers buy again', () => {
    // Given coffee re-bought by three customers (gaps 10, 20, 30, 30) and a grinder by one of them only
    const purchases = [
      ...[0, 10, 30].map((day) => ({ customer: 'a', product: 'coffee', day })),
      ...[5, 35].map((day) => ({ customer: 'b', product: 'coffee', day })),
      ...[1, 31, 31].map((day) => ({ customer: 'c', product: 'coffee', day })),
      ...[0, 100].map((day) => ({ customer: 'a', product: 'grinder', day })),
      { customer: '', product: 'grinder', day: 3 },
    ];
    // Then coffee repeats every 25 days (median of 10, 20, 30, 30) and the grinder is no repeat purchase
    expect(learnRepurchaseIntervals(purchases)).toEqual(new Map([['coffee', 25]]));
  });
});
