import { expect, it } from '@jest/globals';
import { type ContractKit, deferred, enqueued, eventsUntil, isKind, nextEvent } from './job-queue-helpers.js';

/** Lets other jobs get a turn, so overlapping runs would show; not a timing assumption. */
const yieldAWhile = () => new Promise((resolve) => setTimeout(resolve, 5));

/** Serial keys, parallelism, fairness, delays, cancel and stats. */
export function describeSchedulingContract({ open }: ContractKit): void {
  it('never runs two jobs of one serial key at the same time', async () => {
    // Given room for 4 jobs at once and 6 jobs for each of two shops
    const queue = open({ concurrency: 4 });
    for (let i = 0; i < 6; i += 1) {
      await queue.enqueue('work', { label: 'shop-a' }, { serialKey: 'shop-a' });
      await queue.enqueue('work', { label: 'shop-b' }, { serialKey: 'shop-b' });
    }
    const inFlight = new Map<string, number>();
    const maxInFlight = new Map<string, number>();
    const done = eventsUntil(queue, 12, isKind('completed'));
    // When they run, each holding its slot for a moment
    await queue.start({
      work: async ({ label }) => {
        inFlight.set(label, (inFlight.get(label) ?? 0) + 1);
        maxInFlight.set(label, Math.max(maxInFlight.get(label) ?? 0, inFlight.get(label) ?? 0));
        await yieldAWhile();
        inFlight.set(label, (inFlight.get(label) ?? 0) - 1);
      },
    });
    await done;
    // Then no shop ever had two jobs in flight
    expect(Object.fromEntries(maxInFlight)).toEqual({ 'shop-a': 1, 'shop-b': 1 });
  });

  it('runs jobs of different serial keys in parallel', async () => {
    // Given two shops' jobs that can only finish when both are running at once
    const queue = open({ concurrency: 2 });
    await queue.enqueue('work', { label: 'a' }, { serialKey: 'shop-a' });
    await queue.enqueue('work', { label: 'b' }, { serialKey: 'shop-b' });
    const started = { a: deferred(), b: deferred() };
    const done = eventsUntil(queue, 2, isKind('completed'));
    // When they run
    await queue.start({
      work: async ({ label }) => {
        const [mine, other] = label === 'a' ? [started.a, started.b] : [started.b, started.a];
        mine.resolve();
        await other.promise;
      },
    });
    // Then both complete (run one after the other, each would wait for the other forever)
    expect((await done).filter(isKind('completed'))).toHaveLength(2);
  });

  it('is fair: a shop with 50 queued jobs does not hold up another shop', async () => {
    // Given one slot, 50 jobs of a big shop queued before one job of a small shop
    const queue = open({ concurrency: 1 });
    for (let i = 0; i < 50; i += 1)
      await queue.enqueue('work', { label: `big-${i}` }, { serialKey: 'big-shop' });
    await queue.enqueue('work', { label: 'small' }, { serialKey: 'small-shop' });
    const order: string[] = [];
    const done = eventsUntil(queue, 51, isKind('completed'));
    // When they run
    await queue.start({ work: async ({ label }) => void order.push(label) });
    await done;
    // Then the small shop's job ran in the first round, right after the big shop's first job
    expect(order.indexOf('small')).toBeLessThanOrEqual(1);
    expect(order.filter((label) => label.startsWith('big-'))).toHaveLength(50);
  });

  it('waits out delayMs before the first try', async () => {
    // Given a job delayed by 50 ms
    const queue = open();
    const enqueuedAt = Date.now();
    const jobId = await enqueued(queue.enqueue('work', { label: 'later' }, { delayMs: 50 }));
    let startedAt = 0;
    const completed = nextEvent(queue, isKind('completed', jobId), 'completion');
    // When the queue runs
    expect((await queue.stats()).waiting).toBe(1);
    await queue.start({ work: async () => void (startedAt = Date.now()) });
    await completed;
    // Then the job started no earlier than its delay (a lower bound only: a busy machine may run it later)
    expect(startedAt - enqueuedAt).toBeGreaterThanOrEqual(48);
  });

  it('cancels the waiting and delayed jobs of a serial key and frees their idempotency keys', async () => {
    // Given three jobs of a shop being uninstalled (one delayed, one with an idempotency key) and one of another
    const queue = open();
    await queue.enqueue('work', { label: 'gone-1' }, { serialKey: 'gone' });
    await queue.enqueue('work', { label: 'gone-2' }, { serialKey: 'gone', delayMs: 60_000 });
    await queue.enqueue('work', { label: 'gone-3' }, { serialKey: 'gone', idempotencyKey: 'sync:gone' });
    await queue.enqueue('work', { label: 'kept' }, { serialKey: 'kept' });
    // When the shop's jobs are cancelled
    const cancelled = await queue.cancel('gone');
    // Then they are gone, the other shop's job stays, and the idempotency key can be used again
    expect(cancelled).toBe(3);
    expect(await queue.stats()).toEqual({ waiting: 1, active: 0, completed: 0, failed: 0 });
    expect((await queue.enqueue('work', { label: 'again' }, { idempotencyKey: 'sync:gone' })).kind).toBe(
      'enqueued',
    );
    const ran: string[] = [];
    const done = eventsUntil(queue, 2, isKind('completed'));
    await queue.start({ work: async ({ label }) => void ran.push(label) });
    await done;
    expect(ran.sort()).toEqual(['again', 'kept']);
  });

  it('counts waiting, active, completed and failed jobs', async () => {
    // Given three jobs: one succeeds, one fails, one blocks
    const queue = open({ concurrency: 3 });
    for (const label of ['ok', 'bad', 'slow']) await queue.enqueue('work', { label }, { attempts: 1 });
    expect(await queue.stats()).toEqual({ waiting: 3, active: 0, completed: 0, failed: 0 });
    const slowStarted = deferred();
    const release = deferred();
    const settled = eventsUntil(queue, 2, (event) => event.kind === 'completed' || event.kind === 'failed');
    // When they run
    await queue.start({
      work: async ({ label }) => {
        if (label === 'bad') throw new Error('nope');
        if (label === 'slow') {
          slowStarted.resolve();
          await release.promise;
        }
      },
    });
    await Promise.all([settled, slowStarted.promise]);
    // Then the counts follow each job, also after the blocked one finishes
    expect(await queue.stats()).toEqual({ waiting: 0, active: 1, completed: 1, failed: 1 });
    const slowDone = nextEvent(queue, isKind('completed'), 'the slow job');
    release.resolve();
    await slowDone;
    expect(await queue.stats()).toEqual({ waiting: 0, active: 0, completed: 2, failed: 1 });
  });
}
