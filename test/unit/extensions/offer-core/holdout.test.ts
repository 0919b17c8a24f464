import { describe, expect, it } from '@jest/globals';
import { armForCheckout, hash32, holdoutBucket, HOLDOUT_BUCKETS } from '@tandem/offer-core';
import fc from 'fast-check';

const GOLDEN_HASH = 2_037_861_036;

describe('holdout arm', () => {
  it('keeps the hash stable: the backend recomputes arms of past orders with it', () => {
    // Golden values: changing hash32 would silently reassign every recorded checkout's arm.
    expect(hash32('')).toBe(2_872_998_923);
    expect(hash32('tandem:c1a2b3c4d5e6f7a8b9c0')).toBe(GOLDEN_HASH);
    expect(holdoutBucket('c1a2b3c4d5e6f7a8b9c0', 'tandem')).toBe(GOLDEN_HASH % HOLDOUT_BUCKETS);
  });

  it('is deterministic and in range for any token and salt', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string({ maxLength: 64 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (token, salt, share) => {
          const bucket = holdoutBucket(token, salt);
          expect(bucket).toBeGreaterThanOrEqual(0);
          expect(bucket).toBeLessThan(HOLDOUT_BUCKETS);
          expect(armForCheckout(token, { holdoutShare: share, salt })).toBe(
            armForCheckout(token, { holdoutShare: share, salt }),
          );
        },
      ),
    );
  });

  it('never holds out at share 0 and always at share 1', () => {
    fc.assert(
      fc.property(fc.string(), (token) => {
        expect(armForCheckout(token, { holdoutShare: 0, salt: 's' })).toBe('treatment');
        expect(armForCheckout(token, { holdoutShare: 1, salt: 's' })).toBe('control');
      }),
    );
  });

  it.each([0.05, 0.1, 0.25, 0.5])('puts close to %p of many checkout tokens in control', (share) => {
    // Given 40,000 realistic tokens (32 hex characters, as checkout tokens are)
    const tokens = fc.sample(fc.stringMatching(/^[0-9a-f]{32}$/), { numRuns: 40_000, seed: 7 });
    // When arms are assigned
    const control = tokens.filter(
      (token) => armForCheckout(token, { holdoutShare: share, salt: 'tandem' }) === 'control',
    ).length;
    // Then the observed share is within 4 standard errors of the configured one
    const tolerance = 4 * Math.sqrt((share * (1 - share)) / tokens.length);
    expect(Math.abs(control / tokens.length - share)).toBeLessThan(tolerance);
  });

  it('reshuffles arms when the salt changes (a new experiment)', () => {
    const tokens = fc.sample(fc.stringMatching(/^[0-9a-f]{32}$/), { numRuns: 2_000, seed: 3 });
    const arms = (salt: string) => tokens.map((token) => armForCheckout(token, { holdoutShare: 0.5, salt }));
    const a = arms('one');
    const b = arms('two');
    const agreement = a.filter((arm, index) => arm === b[index]).length / tokens.length;
    expect(agreement).toBeGreaterThan(0.4);
    expect(agreement).toBeLessThan(0.6);
  });
});
