import { describe, expect, it } from '@jest/globals';
import { withBuildLock } from './build-lock.js';
import { useTempDirs } from './testing/temp-dirs.js';

describe('withBuildLock', () => {
  const tempDir = useTempDirs('tandem-lock-');

  it('runs builds one at a time and releases the lock when a build fails', async () => {
    // Given a second build started while the first, which fails, holds the lock
    const dir = await tempDir();
    const order: string[] = [];
    let started: () => void = () => undefined;
    const firstHoldsLock = new Promise<void>((resolve) => (started = resolve));
    const first = withBuildLock(dir, async () => {
      order.push('first:start');
      started();
      await new Promise((resolve) => setTimeout(resolve, 50));
      order.push('first:end');
      throw new Error('vite failed');
    });
    await firstHoldsLock;
    const second = withBuildLock(dir, async () => void order.push('second'), {
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 10))),
    });

    // When both settle
    // Then the second ran only after the first, and the failure did not keep the lock
    await expect(first).rejects.toThrow('vite failed');
    await second;
    expect(order).toEqual(['first:start', 'first:end', 'second']);
    await expect(withBuildLock(dir, async () => 'free')).resolves.toBe('free');
  });
});
