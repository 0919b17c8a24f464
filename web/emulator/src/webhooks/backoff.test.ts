import { describe, expect, it } from '@jest/globals';
import { DEFAULT_RETRY_BASE_DELAY_MS, retryDelayMs, SHOPIFY_WEBHOOK_RETRIES } from './backoff.js';

describe('webhook retry backoff', () => {
  it('doubles each delay', () => {
    expect([1, 2, 3, 4].map((retry) => retryDelayMs(retry, 10))).toEqual([10, 20, 40, 80]);
  });

  it("spreads Shopify's 8 retries over about 4 hours by default", () => {
    const total = Array.from({ length: SHOPIFY_WEBHOOK_RETRIES }, (_, i) =>
      retryDelayMs(i + 1, DEFAULT_RETRY_BASE_DELAY_MS),
    ).reduce((a, b) => a + b);
    expect(Math.abs(total - 4 * 3_600_000)).toBeLessThan(1_000);
  });
});
