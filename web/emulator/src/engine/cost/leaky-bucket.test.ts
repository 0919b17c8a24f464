import { describe, expect, it } from '@jest/globals';
import { LeakyBucket } from './leaky-bucket.js';

describe('LeakyBucket', () => {
  it('drains by what is taken and restores at the restore rate up to the maximum', () => {
    // Given a full 2,000-point bucket restoring 100/s
    const bucket = new LeakyBucket(2000, 100, 0);
    // When 1,500 points are taken
    expect(bucket.take(1500, 0)).toBe(true);
    // Then 500 remain, 2.5 s later 750, and never more than 2,000
    expect(bucket.status(0).currentlyAvailable).toBe(500);
    expect(bucket.status(2500).currentlyAvailable).toBe(750);
    expect(bucket.status(60_000).currentlyAvailable).toBe(2000);
  });

  it('refuses a take larger than what is available and takes nothing', () => {
    const bucket = new LeakyBucket(2000, 100, 0);
    bucket.take(1990, 0);
    expect(bucket.take(11, 0)).toBe(false);
    expect(bucket.status(0).currentlyAvailable).toBe(10);
    expect(bucket.waitFor(11, 0)).toBe(10);
  });

  it('refunds the unused part of a reservation without overflowing', () => {
    const bucket = new LeakyBucket(2000, 100, 0);
    bucket.take(100, 0);
    bucket.refund(80, 0);
    expect(bucket.status(0).currentlyAvailable).toBe(1980);
    bucket.refund(500, 0);
    expect(bucket.status(0).currentlyAvailable).toBe(2000);
  });

  it('restores faster under a time scale', () => {
    const bucket = new LeakyBucket(2000, 100, 0, 10);
    bucket.take(2000, 0);
    expect(bucket.status(1000).currentlyAvailable).toBe(1000);
  });
});
