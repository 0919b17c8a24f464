import { describe, expect, it } from '@jest/globals';
import { createRepublisher } from './republisher.js';

const clock = () => new Date('2026-05-01T00:00:00Z');

describe('createRepublisher', () => {
  it('runs once for a burst of changes, after the quiet time', async () => {
    // Given a republisher with a short quiet time
    const runs: string[] = [];
    const republisher = createRepublisher({
      run: async (shop) => void runs.push(shop),
      delayMs: 20,
      now: clock,
      onError: () => undefined,
    });

    // When three changes arrive in a burst
    republisher.schedule('a.myshopify.com');
    republisher.schedule('a.myshopify.com');
    republisher.schedule('a.myshopify.com');
    expect(republisher.state('a.myshopify.com').kind).toBe('queued');
    await republisher.settled('a.myshopify.com');

    // Then the shop was republished once and is idle again
    expect(runs).toEqual(['a.myshopify.com']);
    expect(republisher.state('a.myshopify.com')).toEqual({
      kind: 'idle',
      lastRunAt: '2026-05-01T00:00:00.000Z',
    });
    await republisher.close();
  });

  it('runs again when a change arrives while it runs, and reports a failure', async () => {
    // Given a run that takes a moment and fails the second time
    let calls = 0;
    let release: () => void = () => undefined;
    const errors: unknown[] = [];
    const republisher = createRepublisher({
      run: async () => {
        calls += 1;
        if (calls === 1) await new Promise<void>((resolve) => (release = resolve));
        else throw new Error('Shopify is unavailable');
      },
      delayMs: 1,
      now: clock,
      onError: (_shop, error) => errors.push(error),
    });

    // When a change arrives during the first run
    republisher.schedule('b.myshopify.com');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(republisher.state('b.myshopify.com').kind).toBe('running');
    republisher.schedule('b.myshopify.com');
    release();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await republisher.settled('b.myshopify.com');

    // Then it ran a second time, and its failure is the shop's state, in plain words
    expect(calls).toBe(2);
    expect(republisher.state('b.myshopify.com')).toEqual({
      kind: 'failed',
      at: '2026-05-01T00:00:00.000Z',
      message: 'Shopify is unavailable',
    });
    expect(errors).toHaveLength(1);
    await republisher.close();
  });
});
