import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { backoffDelay, type BackoffOptions } from './backoff.js';

const fixed = (value: number) => () => value;
const options = (overrides: Partial<BackoffOptions> = {}): BackoffOptions => ({
  baseMs: 100,
  maxMs: 10_000,
  jitter: 0,
  random: fixed(0),
  ...overrides,
});

describe('backoffDelay', () => {
  it('doubles from baseMs with each failed attempt', () => {
    // Given no jitter
    const noJitter = options();
    // When the first five attempts fail
    const delays = [1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, noJitter));
    // Then the delays double from baseMs
    expect(delays).toEqual([100, 200, 400, 800, 1_600]);
  });

  it('never exceeds maxMs, even for huge attempt numbers', () => {
    // Given a low cap
    const capped = options({ maxMs: 500 });
    // When late attempts fail (2 ** 1999 is Infinity in floating point)
    // Then the delay is the cap
    expect(backoffDelay(4, capped)).toBe(500);
    expect(backoffDelay(2_000, capped)).toBe(500);
  });

  it('takes up to `jitter` of the delay away, driven by the injected random', () => {
    // Given half the delay is jittered
    const half = (random: number) => options({ jitter: 0.5, random: fixed(random) });
    // When random() is at its ends and in the middle
    // Then the delay spans [delay/2, delay]
    expect(backoffDelay(3, half(0))).toBe(400);
    expect(backoffDelay(3, half(0.5))).toBe(300);
    expect(backoffDelay(3, half(0.999_999))).toBe(200);
  });

  it('is deterministic for a given random source', () => {
    // Given two runs with the same seeded sequence
    const seeded = () => {
      let state = 42;
      return () => {
        state = (state * 16_807) % 2_147_483_647;
        return state / 2_147_483_647;
      };
    };
    const run = () => {
      const random = seeded();
      return [1, 2, 3, 4, 5, 6].map((attempt) => backoffDelay(attempt, options({ jitter: 1, random })));
    };
    // When both compute their delays
    // Then they agree
    expect(run()).toEqual(run());
  });

  it('stays an integer within [ceiling·(1−jitter), ceiling] for any valid input', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 60_000 }),
        fc.integer({ min: 0, max: 600_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, baseMs, extra, jitter, random) => {
          // Given any valid options
          const input = options({ baseMs, maxMs: baseMs + extra, jitter, random: fixed(random) });
          // When the delay is computed
          const delay = backoffDelay(attempt, input);
          // Then it is an integer between the jittered floor and the capped ceiling
          const ceiling = Math.min(input.maxMs, baseMs * 2 ** (attempt - 1));
          expect(Number.isInteger(delay)).toBe(true);
          expect(delay).toBeLessThanOrEqual(ceiling);
          expect(delay).toBeGreaterThanOrEqual(Math.floor(ceiling * (1 - jitter)) - 1);
        },
      ),
    );
  });

  it('names every invalid option at once', () => {
    // Given nonsense options
    const bad = options({ baseMs: -1, maxMs: -5, jitter: 2 });
    // When a delay is asked for attempt 0
    // Then one error lists each problem
    expect(() => backoffDelay(0, bad)).toThrow(
      /attempt must be.*baseMs must be.*maxMs must be.*jitter must be/,
    );
  });

  it('rejects a random source outside [0, 1)', () => {
    expect(() => backoffDelay(1, options({ random: fixed(1) }))).toThrow(
      /random\(\) must return a number in \[0, 1\)/,
    );
  });
});
