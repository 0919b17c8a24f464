import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { charmAbove, charmBelow, charmNearest, compareAtPrice, formatCents, tierPrices } from './money.js';

const euros = (cents: number): string => formatCents(cents);

describe('charm prices', () => {
  it('end like shop prices in every band and style', () => {
    // Given prices across the bands
    const samples = [412, 737, 1_290, 2_333, 7_777, 14_210, 26_900, 61_000];
    // Then every style gives a familiar ending
    const endings = /\.(95|99|50|00)$/;
    for (const style of [0, 1, 2])
      for (const cents of samples) expect(euros(charmNearest(cents, style))).toMatch(endings);
    expect(euros(charmNearest(1_290, 0))).toBe('14.95');
    expect(euros(charmNearest(1_290, 1))).toBe('12.50');
    expect(euros(charmNearest(14_210, 0))).toBe('139.00');
    expect(euros(charmNearest(26_900, 0))).toBe('249.00');
  });

  it('step strictly above and below', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 200_000 }), fc.integer({ min: 0, max: 2 }), (cents, style) => {
        expect(charmAbove(cents, style)).toBeGreaterThan(cents);
        const below = charmBelow(cents, style);
        expect(below).toBeLessThan(cents);
        expect(below).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('formats cents as a two-decimal string and refuses fractions', () => {
    expect(formatCents(0)).toBe('0.00');
    expect(formatCents(5)).toBe('0.05');
    expect(formatCents(124_900)).toBe('1249.00');
    expect(formatCents(-495)).toBe('-4.95');
    expect(() => formatCents(1.5)).toThrow(/integer/);
  });
});

describe('tierPrices', () => {
  it('rise along the tier axis and fall per unit on unit axes', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 300, max: 60_000, noNaN: true }),
        fc.constantFrom([1, 2, 4], [1, 3, 6], [1, 2, 5], [1, 1.67, 3.33], [1, 2.67, 5.33], [1, 2]),
        fc.double({ min: 0.72, max: 0.9, noNaN: true }),
        fc.integer({ min: 0, max: 2 }),
        (baseCents, units, exponent, style) => {
          // Given a consumable's tiers
          const prices = tierPrices({ baseCents, units, exponent, perUnit: true, style });
          // Then each tier costs more, and less per unit, than the one before
          prices.slice(1).forEach((price, i) => {
            const prev = prices[i] as number;
            expect(price).toBeGreaterThan(prev);
            expect(price / (units[i + 1] as number)).toBeLessThan(prev / (units[i] as number));
          });
        },
      ),
    );
  });

  it('keeps compare-at prices above the price', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 100_000 }),
        fc.double({ min: 1.15, max: 1.4, noNaN: true }),
        fc.integer({ min: 0, max: 2 }),
        (price, factor, style) => {
          expect(compareAtPrice(price, factor, style)).toBeGreaterThan(price);
        },
      ),
    );
  });
});
