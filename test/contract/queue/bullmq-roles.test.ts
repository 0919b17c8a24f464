import net from 'node:net';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { Worker } from 'bullmq';
import { ConfigError, UnavailableError } from '@tandem/web/errors';
import { createBullmqQueue, type BullmqQueueOptions, type BullmqRole } from '@tandem/web/queue/index';
import {
  deferred,
  enqueued,
  eventsUntil,
  FAST_BACKOFF,
  isKind,
  nextEvent,
  type TestJobs,
  type TestQueue,
} from './job-queue-helpers.js';
import { bullmqFixture } from './redis-fixture.js';

// What only the BullMQ runner has: separate producer and worker processes sharing one Redis.
describe('JobQueue [bullmq] roles and recovery', () => {
  jest.setTimeout(30_000);
  let cleanup: (() => Promise<void>) | undefined;

  afterEach(async () => {
    await cleanup?.();
    cleanup = undefined;
  });

  /** Queues of several "processes" over one fresh namespace. */
  function cluster() {
    const fixture = bullmqFixture();
    const queues: TestQueue[] = [];
    cleanup = async () => {
      await Promise.all(queues.map((queue) => queue.close({ graceMs: 0, abortWaitMs: 0 })));
      await fixture.dispose();
    };
    const open = (role: BullmqRole, options: Partial<BullmqQueueOptions> = {}) => {
      const queue = createBullmqQueue<TestJobs>({
        connection: fixture.redisUrl,
        prefix: fixture.prefix,
        role,
        serialRetryMs: 10,
        backoff: FAST_BACKOFF,
        ...options,
      });
      queues.push(queue);
      return queue;
    };
    return { open, fixture };
  }

  it('a producer only enqueues; a separate worker runs the job', async () => {
    // Given a web process (producer) and a worker process
    const { open } = cluster();
    const producer = open('producer');
    const worker = open('worker');
    // When the producer enqueues and the worker starts
    const jobId = await enqueued(producer.enqueue('work', { label: 'from-web' }, { serialKey: 'shop-a' }));
    const completed = nextEvent(worker, isKind('completed', jobId), 'completion on the worker');
    const seen: string[] = [];
    await worker.start({ work: async ({ label }) => void seen.push(label) });
    // Then the worker ran it, the producer sees it completed, and the producer refuses to run jobs
    await completed;
    expect(seen).toEqual(['from-web']);
    expect(await producer.stats()).toEqual({ waiting: 0, active: 0, completed: 1, failed: 0 });
    await expect(producer.start({ work: async () => undefined })).rejects.toThrow(ConfigError);
  });

  it('a job handed back on shutdown runs again on another worker, as the same attempt', async () => {
    // Given worker A running a shop's long job that stops when aborted
    const { open } = cluster();
    const workerA = open('worker');
    const jobId = await enqueued(workerA.enqueue('work', { label: 'long' }, { serialKey: 'shop-a' }));
    const startedOnA = deferred();
    await workerA.start({
      work: async (_payload, { signal }) => {
        startedOnA.resolve();
        await new Promise((_resolve, reject) =>
          signal.addEventListener('abort', () => reject(signal.reason as Error)),
        );
      },
    });
    await startedOnA.promise;
    // When A shuts down past its grace period and worker B starts
    await workerA.close({ graceMs: 20 });
    const workerB = open('worker');
    const completed = nextEvent(workerB, isKind('completed', jobId), 'completion on worker B');
    await workerB.start({ work: async () => undefined });
    // Then B completed it on attempt 1: the interrupted try did not count, and A freed the shop's lock
    await expect(completed).resolves.toEqual({ kind: 'completed', jobId, name: 'work', attempt: 1 });
  });

  it('a serial key is exclusive across workers', async () => {
    // Given two workers with room for 3 jobs each and 8 jobs of one shop
    const { open } = cluster();
    const workers = [open('worker', { concurrency: 3 }), open('worker', { concurrency: 3 })];
    for (let i = 0; i < 8; i += 1)
      await workers[0]?.enqueue('work', { label: `job-${i}` }, { serialKey: 'shop-a' });
    let inFlight = 0;
    let maxInFlight = 0;
    const handlers = {
      work: async () => {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight -= 1;
      },
    };
    let completed = 0;
    const allDone = deferred();
    for (const worker of workers) {
      worker.onEvent((event) => {
        if (event.kind === 'completed' && ++completed === 8) allDone.resolve();
      });
    }
    // When both run
    await Promise.all(workers.map((worker) => worker.start(handlers)));
    await allDone.promise;
    // Then the shop never had two jobs in flight
    expect(maxInFlight).toBe(1);
  });

  it("a dead worker's job returns through BullMQ's stalled check and runs again", async () => {
    // Given a worker (configured like ours, short stalled interval) that took a job and died without finishing
    // it: its lock is never renewed again
    const { open, fixture } = cluster();
    const producer = open('producer');
    const jobId = await enqueued(producer.enqueue('work', { label: 'orphan' }));
    const taken = deferred();
    const dead = new Worker('jobs', () => (taken.resolve(), new Promise<void>(() => undefined)), {
      connection: { url: fixture.redisUrl },
      prefix: fixture.prefix,
      lockDuration: 200,
      stalledInterval: 200,
    });
    await taken.promise;
    await dead.close(true);
    // When a live worker with a short stalled interval starts
    const live = open('worker', { stalledIntervalMs: 200 });
    const events = eventsUntil(live, 1, isKind('completed', jobId));
    await live.start({ work: async () => undefined });
    // Then it recovered the job and completed it
    expect((await events).filter(isKind('completed'))).toEqual([
      { kind: 'completed', jobId, name: 'work', attempt: 1 },
    ]);
  });

  it('fails fast, naming the host, when Redis cannot be reached', async () => {
    // Given a producer pointed at a loopback port nobody listens on (taken, then released)
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const producer = createBullmqQueue<TestJobs>({
      connection: `redis://user:secret@127.0.0.1:${port}`,
      role: 'producer',
    });
    cleanup = () => producer.close({ graceMs: 0 });
    // When it enqueues, is pinged and asked for stats
    const attempts = [producer.enqueue('work', { label: 'x' }), producer.ping(), producer.stats()];
    // Then each rejects instead of waiting for Redis to come back (so web processes can fall back), and the
    // readiness error names the host but not the password
    for (const attempt of attempts) await expect(attempt).rejects.toThrow();
    await expect(producer.ping()).rejects.toThrow(UnavailableError);
    await expect(producer.ping()).rejects.toThrow(`Redis at 127.0.0.1:${port} is unreachable`);
    await expect(producer.ping()).rejects.not.toThrow(/secret/);
  });
});
