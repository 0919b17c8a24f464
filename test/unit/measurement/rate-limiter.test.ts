import { describe, expect, it } from '@jest/globals';
import { cachedInstalledShops, createRateLimiter } from '@tandem/web/measurement/index';

describe('createRateLimiter', () => {
  it('allows a burst up to capacity, then says when to retry, and refills over time', () => {
    // Given a bucket of 5 refilled at 2 per second
    let now = 0;
    const limiter = createRateLimiter({ capacity: 5, refillPerSecond: 2 }, { now: () => now });
    // When 5 are taken at once, then one more
    for (let i = 0; i < 5; i += 1) expect(limiter.take('ip-1')).toEqual({ kind: 'allowed' });
    // Then the sixth waits half a second; another key is unaffected
    expect(limiter.take('ip-1')).toEqual({ kind: 'limited', retryAfterMs: 500 });
    expect(limiter.take('ip-2')).toEqual({ kind: 'allowed' });
    now = 500;
    expect(limiter.take('ip-1')).toEqual({ kind: 'allowed' });
    expect(limiter.take('ip-1', 3)).toEqual({ kind: 'limited', retryAfterMs: 1_500 });
    expect(limiter.take('ip-1', 6)).toEqual({ kind: 'limited', retryAfterMs: 2_500 });
  });

  it('forgets the least recently used keys beyond its bound', () => {
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 0.001 }, { now: () => 0, maxKeys: 2 });
    expect(limiter.take('a').kind).toBe('allowed');
    expect(limiter.take('a').kind).toBe('limited');
    limiter.take('b');
    limiter.take('c');
    // 'a' was evicted, so it starts with a full bucket again
    expect(limiter.take('a').kind).toBe('allowed');
  });
});

describe('cachedInstalledShops', () => {
  it('remembers both answers for the TTL, then asks the store again', async () => {
    let now = 0;
    const asked: string[] = [];
    const status = new Map([['a.myshopify.com', 'installed' as const]]);
    const shops = cachedInstalledShops(
      {
        get: async (shop) => (
          asked.push(shop),
          status.has(shop) ? ({ status: status.get(shop) } as never) : undefined
        ),
      },
      { now: () => now, ttlMs: 1_000 },
    );
    expect([await shops.isInstalled('a.myshopify.com'), await shops.isInstalled('b.myshopify.com')]).toEqual([
      true,
      false,
    ]);
    expect([await shops.isInstalled('a.myshopify.com'), await shops.isInstalled('b.myshopify.com')]).toEqual([
      true,
      false,
    ]);
    expect(asked).toEqual(['a.myshopify.com', 'b.myshopify.com']);
    status.delete('a.myshopify.com');
    now = 1_001;
    expect(await shops.isInstalled('a.myshopify.com')).toBe(false);
    expect(asked).toHaveLength(3);
  });
});
