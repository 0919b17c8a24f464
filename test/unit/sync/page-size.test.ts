import { describe, expect, it } from '@jest/globals';
import { nextPageSize, type PageSizeInput } from '@tandem/web/sync/index';
import { advanceWindow, PAGINATION_LIMIT, windowRoom } from '@tandem/web/sync/windows';

const bucket = (maximumAvailable: number, currentlyAvailable = maximumAvailable) => ({
  status: { maximumAvailable, currentlyAvailable, restoreRate: 100 },
  observedAt: 0,
});
const input = (overrides: Partial<PageSizeInput> = {}): PageSizeInput => ({
  observed: undefined,
  bucket: bucket(2_000),
  maxPageSize: 250,
  firstPageSize: 50,
  maxQueryCost: 1_000,
  ...overrides,
});

describe('nextPageSize', () => {
  it('probes with the first page size before any cost is known', () => {
    expect(nextPageSize(input())).toEqual({ size: 50, expectedCost: undefined });
    expect(nextPageSize(input({ firstPageSize: 400 }))).toEqual({ size: 250, expectedCost: undefined });
  });

  it('takes the largest page whose cost bound fits one query', () => {
    // 352 points for 50 nodes → 7.04 per node → 142 nodes ≈ 1,000 points
    expect(nextPageSize(input({ observed: { size: 50, requestedCost: 352 } }))).toEqual({
      size: 142,
      expectedCost: 1_000,
    });
  });

  it('never exceeds 250 nodes, however cheap', () => {
    expect(nextPageSize(input({ observed: { size: 50, requestedCost: 52 } }))).toEqual({
      size: 250,
      expectedCost: 260,
    });
  });

  it('fits the bucket when it is smaller than the query limit, and waits rather than shrinking for a low level', () => {
    expect(
      nextPageSize(input({ observed: { size: 100, requestedCost: 800 }, bucket: bucket(400) })).size,
    ).toBe(50);
    expect(
      nextPageSize(input({ observed: { size: 100, requestedCost: 800 }, bucket: bucket(2_000, 10) })).size,
    ).toBe(125);
  });

  it('asks for a single node when one node costs more than the bucket holds', () => {
    expect(nextPageSize(input({ observed: { size: 1, requestedCost: 3_000 } }))).toEqual({
      size: 1,
      expectedCost: 3_000,
    });
  });
});

describe('pagination windows', () => {
  const state = { after: 'c', window: null, windowOffset: 24_900 };

  it('keeps a page inside the 25,000-object window', () => {
    expect(windowRoom(state, 250)).toBe(100);
    expect(windowRoom({ ...state, windowOffset: 0 }, 250)).toBe(250);
  });

  it('moves the cursor within a window and restarts the query after the last node at its end', () => {
    const page = { hasNextPage: true, endCursor: 'next', windowAfterLast: () => 'id:>25000' };
    expect(advanceWindow({ ...state, windowOffset: 100 }, { ...page, count: 250 })).toEqual({
      after: 'next',
      window: null,
      windowOffset: 350,
    });
    expect(advanceWindow(state, { ...page, count: 100 })).toEqual({
      after: null,
      window: 'id:>25000',
      windowOffset: 0,
    });
    expect(PAGINATION_LIMIT).toBe(25_000);
  });

  it('ends when Shopify has no next page', () => {
    expect(
      advanceWindow(state, { count: 3, hasNextPage: false, endCursor: 'x', windowAfterLast: () => '' }),
    ).toBeNull();
  });
});
