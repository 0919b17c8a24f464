import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { NumberIndex } from './number-index.js';

describe('NumberIndex', () => {
  it('maps numbers to the value they were first added with, through growth', () => {
    // Given ids as exports spell them: 0, small, above 2^32 and near 2^53, with repeats
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.nat(100), fc.integer({ min: 2 ** 32, max: 2 ** 53 - 1 }), fc.constant(0))),
        (keys) => {
          const index = new NumberIndex();
          const expected = new Map<number, number>();
          keys.forEach((key, position) => {
            // When each is added with its position
            const value = index.add(key, position);
            if (!expected.has(key)) expected.set(key, position);
            // Then a repeat answers the first position, never the new one
            expect(value).toBe(expected.get(key));
          });
          for (const [key, value] of expected) expect(index.get(key)).toBe(value);
          expect(index.size).toBe(expected.size);
          expect(index.get(-1)).toBe(-1);
        },
      ),
    );
  });

  it('keeps 100,000 keys apart', () => {
    const index = new NumberIndex();
    for (let i = 0; i < 100_000; i++) index.add(8_100_000_000_000 + i * 7, i);
    for (let i = 0; i < 100_000; i += 997) expect(index.get(8_100_000_000_000 + i * 7)).toBe(i);
    expect(index.get(8_100_000_000_001)).toBe(-1);
  });
});
