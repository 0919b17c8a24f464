import { expect, it } from '@jest/globals';
import { UnavailableError } from '@tandem/web/errors';
import {
  type ContractKit,
  deferred,
  enqueued,
  isKind,
  nextEvent,
  type TestEvent,
} from './job-queue-helpers.js';

/** Graceful shutdown: finish within the grace period, else abort and hand back. */
export function describeShutdownContract({ open, onCleanup }: ContractKit): void {
  it('close() lets an active job finish and takes no new jobs', async () => {
    // Given one slot, a running job and a waiting one
    const queue = open({ concurrency: 1 });
    const first = await enqueued(queue.enqueue('work', { label: 'first' }));
    await queue.enqueue('work', { label: 'second' });
    const started = deferred<AbortSignal>();
    const release = deferred();
    const ran: string[] = [];
    const completed = nextEvent(queue, isKind('completed', first), 'the first job');
    await queue.start({
      work: async ({ label }, { signal }) => {
        ran.push(label);
        started.resolve(signal);
        await release.promise;
      },
    });
    const signal = await started.promise;
    // When the queue closes and the job finishes within the grace period
    const closed = queue.close({ graceMs: 20_000 });
    release.resolve();
    await closed;
    // Then the job completed unaborted, the waiting job never started, and the queue takes no more jobs
    await expect(completed).resolves.toEqual({ kind: 'completed', jobId: first, name: 'work', attempt: 1 });
    expect(signal.aborted).toBe(false);
    expect(ran).toEqual(['first']);
    await expect(queue.enqueue('work', { label: 'late' })).rejects.toThrow(UnavailableError);
  });

  it('close() aborts a job that overruns graceMs and hands it back', async () => {
    // Given a long job that stops when its signal is aborted
    const queue = open({ concurrency: 1 });
    const jobId = await enqueued(queue.enqueue('work', { label: 'long' }, { serialKey: 'shop-a' }));
    const started = deferred<AbortSignal>();
    const events: TestEvent[] = [];
    queue.onEvent((event) => events.push(event));
    await queue.start({
      work: async (_payload, { signal }) => {
        started.resolve(signal);
        await new Promise((_resolve, reject) =>
          signal.addEventListener('abort', () => reject(signal.reason as Error)),
        );
      },
    });
    const signal = await started.promise;
    // When the queue closes with a short grace period
    await queue.close({ graceMs: 20 });
    // Then the job's signal was aborted and the job handed back, neither failed nor retried
    expect(signal.aborted).toBe(true);
    expect(events).toEqual([{ kind: 'handed-back', jobId, name: 'work', attempt: 1 }]);
  });

  it('close() gives up on a handler that ignores the abort after abortWaitMs', async () => {
    // Given a job whose handler ignores its signal
    const queue = open({ concurrency: 1 });
    const jobId = await enqueued(queue.enqueue('work', { label: 'stubborn' }));
    const started = deferred();
    const never = deferred();
    onCleanup(() => never.resolve());
    const handedBack = nextEvent(queue, isKind('handed-back', jobId), 'the hand-back');
    await queue.start({
      work: async () => {
        started.resolve();
        await never.promise;
      },
    });
    await started.promise;
    // When the queue closes
    await queue.close({ graceMs: 10, abortWaitMs: 10 });
    // Then close() returned anyway and the job was handed back
    await expect(handedBack).resolves.toEqual({ kind: 'handed-back', jobId, name: 'work', attempt: 1 });
  });
}
