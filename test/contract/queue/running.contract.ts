import { expect, it } from '@jest/globals';
import { NonRetryableError, ValidationError } from '@tandem/web/errors';
import { type ContractKit, enqueued, eventsUntil, isKind, nextEvent } from './job-queue-helpers.js';

/** Running, retrying, failing and deduplicating jobs. */
export function describeRunningContract({ open }: ContractKit): void {
  it('runs a job with its payload and context', async () => {
    // Given a waiting job
    const queue = open();
    const jobId = await enqueued(queue.enqueue('work', { label: 'hello' }));
    const completed = nextEvent(queue, isKind('completed', jobId), 'completion');
    const seen: unknown[] = [];
    // When the queue starts
    await queue.start({
      work: async (payload, context) => {
        context.log.info({ step: 'ran' }, 'handler ran');
        seen.push({
          payload,
          jobId: context.jobId,
          attempt: context.attempt,
          aborted: context.signal.aborted,
        });
      },
    });
    // Then the handler got the payload and the job's context, and the job completed on its first attempt
    expect(await completed).toEqual({ kind: 'completed', jobId, name: 'work', attempt: 1 });
    expect(seen).toEqual([{ payload: { label: 'hello' }, jobId, attempt: 1, aborted: false }]);
  });

  it('dedupes by idempotency key while waiting and shortly after completion', async () => {
    // Given a job with an idempotency key
    const queue = open();
    const first = await queue.enqueue('work', { label: 'a' }, { idempotencyKey: 'webhook:1' });
    // When the same key is enqueued again before and after the job ran
    const whileWaiting = await queue.enqueue('work', { label: 'b' }, { idempotencyKey: 'webhook:1' });
    const runs: string[] = [];
    const completed = nextEvent(queue, isKind('completed', first.jobId), 'completion');
    await queue.start({ work: async ({ label }) => void runs.push(label) });
    await completed;
    const afterCompletion = await queue.enqueue('work', { label: 'c' }, { idempotencyKey: 'webhook:1' });
    // Then both repeats are duplicates of the first job, which ran once
    expect(first.kind).toBe('enqueued');
    expect(whileWaiting).toEqual({ kind: 'duplicate', jobId: first.jobId });
    expect(afterCompletion).toEqual({ kind: 'duplicate', jobId: first.jobId });
    expect(runs).toEqual(['a']);
  });

  it('frees an idempotency key after a final failure, or at once with a zero window', async () => {
    // Given a job that fails for good and one that completes with no dedupe window
    const queue = open();
    const failing = await enqueued(
      queue.enqueue('work', { label: 'fail' }, { idempotencyKey: 'k-fail', attempts: 1 }),
    );
    const quick = await enqueued(
      queue.enqueue('work', { label: 'ok' }, { idempotencyKey: 'k-ok', idempotencyWindowMs: 0 }),
    );
    const finished = eventsUntil(queue, 2, (event) => event.kind === 'failed' || event.kind === 'completed');
    await queue.start({
      work: async ({ label }) => {
        if (label === 'fail') throw new Error('boom');
      },
    });
    await finished;
    // When both keys are enqueued again
    const again = [
      await queue.enqueue('work', { label: 'fail' }, { idempotencyKey: 'k-fail' }),
      await queue.enqueue('work', { label: 'ok' }, { idempotencyKey: 'k-ok' }),
    ];
    // Then each is a new job
    expect(again.map((result) => result.kind)).toEqual(['enqueued', 'enqueued']);
    expect(again.map((result) => result.jobId)).not.toContain(failing);
    expect(again.map((result) => result.jobId)).not.toContain(quick);
  });

  it('retries with backoff, then succeeds', async () => {
    // Given a job whose handler fails twice
    const queue = open();
    const jobId = await enqueued(queue.enqueue('work', { label: 'flaky' }, { attempts: 5 }));
    const attempts: number[] = [];
    const events = eventsUntil(queue, 1, isKind('completed', jobId));
    // When it runs
    await queue.start({
      work: async (_payload, { attempt }) => {
        attempts.push(attempt);
        if (attempt < 3) throw new Error(`transient ${attempt}`);
      },
    });
    // Then it was retried after 10 ms, then 20 ms (base 10, doubling, no jitter) and completed on attempt 3
    expect(await events).toEqual([
      expect.objectContaining({
        kind: 'retrying',
        jobId,
        attempt: 1,
        delayMs: 10,
        error: expect.objectContaining({ message: 'transient 1' }),
      }),
      expect.objectContaining({ kind: 'retrying', jobId, attempt: 2, delayMs: 20 }),
      { kind: 'completed', jobId, name: 'work', attempt: 3 },
    ]);
    expect(attempts).toEqual([1, 2, 3]);
  });

  it('fails a NonRetryableError, or an error named like one, at once', async () => {
    // Given two jobs whose handlers throw errors no retry can fix: our class, and a bare error that kept only
    // the name (as after crossing a process boundary)
    const queue = open();
    const typed = await enqueued(queue.enqueue('work', { label: 'typed' }, { attempts: 5 }));
    const named = await enqueued(queue.enqueue('work', { label: 'named' }, { attempts: 5 }));
    const failures = eventsUntil(queue, 2, isKind('failed'));
    let calls = 0;
    // When they run
    await queue.start({
      work: async ({ label }) => {
        calls += 1;
        if (label === 'typed') throw new NonRetryableError('bad data');
        throw Object.assign(new Error('token revoked'), { name: 'ShopUninstalledError' });
      },
    });
    // Then each failed on its first attempt, keeping its error
    const failed = (await failures).filter(isKind('failed'));
    expect(failed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          jobId: typed,
          attempt: 1,
          error: expect.objectContaining({ name: 'NonRetryableError' }),
        }),
        expect.objectContaining({
          jobId: named,
          attempt: 1,
          error: expect.objectContaining({ name: 'ShopUninstalledError' }),
        }),
      ]),
    );
    expect((await failures).some(isKind('retrying'))).toBe(false);
    expect(calls).toBe(2);
  });

  it('fails a job once its attempts are used up', async () => {
    // Given a job that always fails, with 3 attempts
    const queue = open();
    const jobId = await enqueued(queue.enqueue('work', { label: 'doomed' }, { attempts: 3 }));
    const failed = nextEvent(queue, isKind('failed', jobId), 'final failure');
    let calls = 0;
    // When it runs
    await queue.start({
      work: async () => {
        calls += 1;
        throw new Error('still down');
      },
    });
    // Then it failed after the third try and counts as failed
    expect(await failed).toEqual(
      expect.objectContaining({ attempt: 3, error: expect.objectContaining({ message: 'still down' }) }),
    );
    expect(calls).toBe(3);
    expect(await queue.stats()).toEqual({ waiting: 0, active: 0, completed: 0, failed: 1 });
  });

  it('rejects bad enqueue options and payloads with a ValidationError naming each field', async () => {
    // Given a queue
    const queue = open();
    // When options are nonsense, or the payload cannot be stored as JSON
    const badOptions = queue.enqueue('work', { label: 'x' }, { attempts: 0, delayMs: -1, serialKey: '' });
    const badPayload = queue.enqueue('work', { label: 1n as unknown as string });
    // Then both are refused, naming what was wrong, and nothing was enqueued
    await expect(badOptions).rejects.toThrow(ValidationError);
    await expect(badOptions).rejects.toThrow(
      /attempts must be an integer.*delayMs must be.*serialKey must be/,
    );
    await expect(badPayload).rejects.toThrow(/Payload of job "work" is not JSON-serialisable/);
    expect(await queue.stats()).toEqual({ waiting: 0, active: 0, completed: 0, failed: 0 });
  });
}
