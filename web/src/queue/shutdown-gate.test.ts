import { getEventListeners } from 'node:events';
import { describe, expect, it } from '@jest/globals';
import { systemScheduler } from './scheduler.js';
import { ShutdownGate } from './shutdown-gate.js';
import type { JobContext, JobLogger } from './types.js';

const silent: JobLogger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent };
const context = (jobId: string): Omit<JobContext, 'signal'> => ({ jobId, attempt: 1, log: silent });
/** Resolves when `signal` aborts, also if it already has (a listener added afterwards would never fire). */
const untilAborted = (signal: AbortSignal) =>
  signal.aborted
    ? Promise.resolve()
    : new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));

describe('ShutdownGate', () => {
  it('detaches each run from the signals it listened to once the run is over', async () => {
    // Given a long-lived outside signal (BullMQ's, a lock's) and many finished runs
    const gate = new ShutdownGate(systemScheduler);
    const outside = new AbortController();
    for (let i = 0; i < 100; i += 1) {
      await gate.run(async () => undefined, undefined, context(`job-${i}`), [outside.signal]);
    }
    // Then no listener of theirs is left on it
    expect(getEventListeners(outside.signal, 'abort')).toHaveLength(0);
  });

  it('aborts a run when an outside signal aborts, as a failure of that try', async () => {
    // Given a run listening to an outside signal (a lost serial lock)
    const gate = new ShutdownGate(systemScheduler);
    const lock = new AbortController();
    const run = gate.run(
      async (_payload, { signal }) => {
        await untilAborted(signal);
        throw signal.reason;
      },
      undefined,
      context('job'),
      [lock.signal],
    );
    // When the lock is lost
    lock.abort(new Error('lost the lock'));
    // Then the try failed with that reason (it is retried, not handed back: the queue is not shutting down)
    expect(await run).toEqual({ kind: 'failed', error: new Error('lost the lock') });
  });

  it('on drain, counts a run that still completes after the abort as completed and one that throws as handed back', async () => {
    // Given two runs that only react to the abort: one finishes its work, one gives up
    const gate = new ShutdownGate(systemScheduler);
    const finishes = gate.run(async (_p, { signal }) => untilAborted(signal), undefined, context('a'));
    const stops = gate.run(
      async (_p, { signal }) => {
        await untilAborted(signal);
        throw new Error('stopped');
      },
      undefined,
      context('b'),
    );
    // When the gate drains with no grace period
    await gate.drain({ graceMs: 0, abortWaitMs: 10_000 });
    // Then each run ended the way its handler did
    expect(await finishes).toEqual({ kind: 'completed' });
    expect(await stops).toEqual({ kind: 'handed-back', stopped: true });
    expect(gate.aborted).toBe(true);
  });
});
