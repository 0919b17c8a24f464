import { describe, expect, it } from '@jest/globals';
import type { OrderLine } from '../csv/order-lines.js';
import { OrderLog } from '../orders/order-log.js';
import { evaluate, seenInTraining, trainCount } from './harness.js';
import type { Recommender } from './types.js';

const line = (orderId: string, productId: string, createdAt?: number): OrderLine => ({
  line: 0,
  orderId,
  orderNumber: Number.NaN,
  customerId: '',
  createdAt,
  productId,
  productNumber: Number.NaN,
  variantId: '',
  variantNumber: Number.NaN,
  quantity: 1,
  unitPrice: undefined,
});

function logOf(lines: readonly OrderLine[]): OrderLog {
  const log = new OrderLog();
  for (const entry of lines) log.add(entry);
  return log;
}

describe('evaluation protocol', () => {
  it('orders by created_at when every order has one, else numeric order id, else file order', () => {
    const byTime = logOf([line('b', 'x', 2), line('a', 'y', 1)]).baskets();
    expect(byTime).toMatchObject({ ordering: 'created_at', orderIds: ['a', 'b'] });
    const byId = logOf([line('10', 'x', 5), line('9', 'y')]).baskets();
    expect(byId).toMatchObject({ ordering: 'order_id', orderIds: ['9', '10'] });
    const byFile = logOf([line('b', 'x'), line('a', 'y'), line('b', 'x')]).baskets();
    expect(byFile).toMatchObject({ ordering: 'file', orderIds: ['b', 'a'] });
    expect(Array.from(byFile.log.items.subarray(byFile.log.start[0], byFile.log.start[1]))).toHaveLength(1);
  });

  it('trains on the first floor(0.8·n) orders', () => {
    expect(trainCount(9835, 0.8)).toBe(7868);
    expect(() => trainCount(10, 1)).toThrow(RangeError);
  });

  it('leaves each product of each multi-product test order out once, drops unseen query products, and counts unseen targets as misses', () => {
    // Given training orders over p, q, r and test orders {p, q, new} and {r} (single: no case)
    const { log } = logOf([
      line('1', 'p'),
      line('1', 'q'),
      line('2', 'r'),
      line('2', 'p'),
      line('3', 'p'),
      line('3', 'q'),
      line('3', 'new'),
      line('4', 'r'),
    ]).baskets();
    const queries: number[][] = [];
    const oracle: Recommender = {
      name: 'records-queries',
      recommend(query) {
        queries.push([...query]);
        return [0, 1, 2, 3];
      },
    };
    // When evaluated with 2 training orders
    const { info, results } = evaluate(log, 2, seenInTraining(log, 2, 4), [oracle]);
    // Then 3 cases (one per product of order 3), the unseen product never in a query, and its case a miss
    expect(info).toMatchObject({ cases: 3, unseenTargets: 1, trainProducts: 3 });
    expect(queries).toEqual([[1], [0], [0, 1]]);
    expect(results[0]).toMatchObject({ hr3: 66.67, hr10: 66.67 });
  });
});
