import { describe, expect, it } from '@jest/globals';
import { connectionMultiplier } from './connection-multiplier.js';

describe('connectionMultiplier', () => {
  it('grows logarithmically with page size at the observed points', () => {
    // Given the page sizes Shopify figures exist for (see __fixtures__/observed-costs.ts)
    // When priced / Then the multipliers are those the recordings imply
    expect([1, 5, 50, 200, 250].map(connectionMultiplier)).toEqual([1, 3, 7, 10, 11]);
  });

  it('prices an empty page at 0 and caps at the 250 maximum', () => {
    expect(connectionMultiplier(0)).toBe(0);
    expect(connectionMultiplier(1000)).toBe(connectionMultiplier(250));
  });

  it('never decreases as the page grows', () => {
    const values = Array.from({ length: 250 }, (_, i) => connectionMultiplier(i + 1));
    expect(values.every((value, i) => i === 0 || value >= (values[i - 1] ?? 0))).toBe(true);
  });
});
