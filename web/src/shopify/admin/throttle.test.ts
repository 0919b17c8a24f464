import { describe, expect, it } from '@jest/globals';
import { availableAt, waitBeforeRequest, type BucketEstimate } from './throttle.js';

const observed = (currentlyAvailable: number, observedAt = 0): BucketEstimate => ({
  status: { maximumAvailable: 2000, currentlyAvailable, restoreRate: 100 },
  observedAt,
});

describe('bucket estimate', () => {
  it('refills at the restore rate up to the maximum', () => {
    expect(availableAt(observed(100), 2_000)).toBe(300);
    expect(availableAt(observed(1_990), 60_000)).toBe(2_000);
  });

  it('lets a request through when enough points are left', () => {
    expect(waitBeforeRequest(observed(500), 400, 0)).toBe(0);
  });

  it('waits exactly until the bucket holds what the request needs', () => {
    // 100 available, 352 needed, 100/s → 2.52 s
    expect(waitBeforeRequest(observed(100), 352, 0)).toBe(2_520);
    // half a second already passed since the observation
    expect(waitBeforeRequest(observed(100), 352, 500)).toBe(2_020);
  });

  it('never waits on an unknown bucket and caps the need at a full bucket', () => {
    expect(waitBeforeRequest(undefined, 5_000, 0)).toBe(0);
    expect(waitBeforeRequest(observed(0), 5_000, 0)).toBe(20_000);
  });
});
