import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../errors.js';
import { createInProcessQueue } from './in-process-queue.js';
import type { Scheduler } from './scheduler.js';
import type { JobEvent, JobLogger } from './types.js';

type Jobs = { work: { readonly label: string } };

/** A clock that only moves when the test says so. */
function manualScheduler() {
  let now = 0;
  const timers = new Set<{ readonly at: number; readonly callback: () => void }>();
  const scheduler: Scheduler = {
    now: () => now,
    setTimer(callback, ms) {
      const timer = { at: now + ms, callback };
      timers.add(timer);
      return () => timers.delete(timer);
    },
  };
  /** Moves time forward, firing due timers, then lets the handlers' promise chains run. */
  const advance = async (ms: number) => {
    now += ms;
    for (const timer of [...timers].filter((t) => t.at <= now).sort((a, b) => a.at - b.at)) {
      timers.delete(timer);
      timer.callback();
    }
    await settle();
  };
  return { scheduler, advance };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('in-process job queue', () => {
  it('serves serial keys round-robin, the unkeyed jobs sharing one turn', async () => {
    // Given one slot and jobs queued key by key
    const queue = createInProcessQueue<Jobs>({ concurrency: 1 });
    for (const label of ['a1', 'a2', 'a3']) await queue.enqueue('work', { label }, { serialKey: 'a' });
    for (const label of ['b1', 'b2']) await queue.enqueue('work', { label }, { serialKey: 'b' });
    for (const label of ['free1', 'free2']) await queue.enqueue('work', { label });
    await queue.enqueue('work', { label: 'c1' }, { serialKey: 'c' });
    const order: string[] = [];
    // When they run
    await queue.start({ work: async ({ label }) => void order.push(label) });
    while (order.length < 8) await settle();
    // Then each lane gets one turn per round
    expect(order).toEqual(['a1', 'b1', 'free1', 'c1', 'a2', 'b2', 'free2', 'a3']);
    await queue.close();
  });

  it('waits the backoff delay on its clock before the next try', async () => {
    // Given a job that fails once, on a manual clock, with a 10 ms base backoff
    const { scheduler, advance } = manualScheduler();
    const queue = createInProcessQueue<Jobs>({ scheduler, backoff: { baseMs: 10, maxMs: 100, jitter: 0 } });
    await queue.enqueue('work', { label: 'flaky' });
    const attempts: number[] = [];
    await queue.start({
      work: async (_payload, { attempt }) => {
        attempts.push(attempt);
        if (attempt === 1) throw new Error('transient');
      },
    });
    await settle();
    // When 9 ms pass, then 1 more
    await advance(9);
    const before = [...attempts];
    await advance(1);
    // Then the retry ran exactly when its delay was up
    expect(before).toEqual([1]);
    expect(attempts).toEqual([1, 2]);
    expect(await queue.stats()).toEqual({ waiting: 0, active: 0, completed: 1, failed: 0 });
    await queue.close();
  });

  it('keeps running when an event listener throws, and logs the listener error', async () => {
    // Given a listener that throws and a logger that records errors
    const logged: string[] = [];
    const logger: JobLogger = {
      debug: () => undefined,
      info: () => undefined,
      warn: () => undefined,
      error: (_fields, message) => void logged.push(message ?? ''),
      child: () => logger,
    };
    const queue = createInProcessQueue<Jobs>({ logger });
    const seen: JobEvent<Jobs>['kind'][] = [];
    queue.onEvent(() => {
      throw new Error('listener bug');
    });
    queue.onEvent((event) => seen.push(event.kind));
    // When two jobs complete
    await queue.enqueue('work', { label: 'one' });
    await queue.enqueue('work', { label: 'two' });
    await queue.start({ work: async () => undefined });
    while (seen.length < 2) await settle();
    // Then both completed, the other listener heard both, and the bug was logged
    expect(seen).toEqual(['completed', 'completed']);
    expect(logged).toEqual(['job event listener threw', 'job event listener threw']);
    await queue.close();
  });

  it('refuses to start twice and rejects invalid settings', async () => {
    // Given a started queue
    const queue = createInProcessQueue<Jobs>();
    await queue.start({ work: async () => undefined });
    // When it is started again, or a queue is built with bad settings
    // Then each is a ConfigError that says what is wrong
    await expect(queue.start({ work: async () => undefined })).rejects.toThrow(ConfigError);
    expect(() => createInProcessQueue<Jobs>({ concurrency: 0, backoff: { jitter: 2 } })).toThrow(
      /concurrency must be an integer ≥ 1.*backoff.jitter must be in \[0, 1\]/,
    );
    await queue.close();
  });
});
