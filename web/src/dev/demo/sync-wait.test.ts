import { describe, expect, it } from '@jest/globals';
import { createMemoryStores } from '../../store/index.js';
import type { TandemQueue } from '../../jobs/types.js';
import { awaitFirstSync, describeProgress } from './sync-wait.js';

const SHOP = 'sync-wait.myshopify.com';

/** A queue that records what was enqueued; the test plays the sync job itself. */
function recordingQueue() {
  const enqueued: unknown[] = [];
  const queue: Pick<TandemQueue, 'enqueue'> = {
    enqueue: async (name, payload) => {
      enqueued.push({ name, payload });
      return { kind: 'enqueued', jobId: 'job-1' } as Awaited<ReturnType<TandemQueue['enqueue']>>;
    },
  };
  return { queue, enqueued };
}

const cursor = (products: number, orders: number) => ({
  v: 1,
  phase: 'orders',
  startedAt: '2026-11-23T10:00:00.000Z',
  productQuery: null,
  orderQuery: null,
  totals: { products, orders },
  after: null,
  window: null,
  windowOffset: 0,
  bulk: null,
});

describe('awaitFirstSync', () => {
  it('reports the running sync with totals and returns the finished run', async () => {
    // Given a freshly installed shop whose first sync the job queue runs
    const stores = createMemoryStores();
    const { queue, enqueued } = recordingQueue();
    const since = new Date(Date.now() - 1_000).toISOString();
    const progress: string[] = [];
    let polls = 0;
    const sleep = async () => {
      // The "job": create the run, make progress, finish.
      polls += 1;
      const run = await stores.syncRuns.latest(SHOP);
      if (!run) {
        const created = await stores.syncRuns.create(SHOP, { kind: 'full', path: 'paged' });
        await stores.syncRuns.update(SHOP, created.id, {
          status: 'running',
          cursor: cursor(40, 200),
          counts: { products: 40, orders: 50 },
        });
      } else
        await stores.syncRuns.update(SHOP, run.id, {
          status: 'succeeded',
          counts: { products: 40, orders: 200 },
        });
    };

    // When the demo waits for it
    const outcome = await awaitFirstSync(
      { stores, queue, shop: SHOP, sleep },
      { installedNow: true, since },
      (detail) => progress.push(detail),
    );

    // Then it saw the progress, got the finished run, and queued nothing itself (the installer did)
    expect(outcome).toMatchObject({
      kind: 'synced',
      run: { status: 'succeeded', counts: { products: 40, orders: 200 } },
    });
    expect(progress).toEqual(['products 40/40 · orders 50/200 (38%)']);
    expect(enqueued).toEqual([]);
    expect(polls).toBe(2);
  });

  it('reuses a shop whose last sync succeeded', async () => {
    // Given a shop synced on an earlier start
    const stores = createMemoryStores();
    const run = await stores.syncRuns.create(SHOP, { kind: 'full', path: 'paged' });
    await stores.syncRuns.update(SHOP, run.id, { status: 'running' });
    await stores.syncRuns.update(SHOP, run.id, { status: 'succeeded' });
    const { queue, enqueued } = recordingQueue();

    // When the demo starts again
    const outcome = await awaitFirstSync(
      { stores, queue, shop: SHOP },
      { installedNow: false, since: new Date().toISOString() },
      () => undefined,
    );

    // Then nothing is synced again
    expect(outcome).toMatchObject({ kind: 'reused', products: 0, orders: 0 });
    expect(enqueued).toEqual([]);
  });

  it('queues a full sync when the last one never finished, and names the failure when it fails', async () => {
    // Given a shop whose previous start was stopped mid-sync
    const stores = createMemoryStores();
    const stopped = await stores.syncRuns.create(SHOP, { kind: 'full', path: 'paged' });
    await stores.syncRuns.update(SHOP, stopped.id, { status: 'running' });
    const { queue, enqueued } = recordingQueue();
    const sleep = async () => {
      const run = await stores.syncRuns.create(SHOP, { kind: 'full', path: 'paged' });
      await stores.syncRuns.update(SHOP, run.id, {
        status: 'failed',
        errors: [{ resourceId: null, message: 'Admin API answered 500' }],
      });
    };

    // When the demo starts again and the new sync fails
    const waiting = awaitFirstSync(
      { stores, queue, shop: SHOP, sleep },
      { installedNow: false, since: new Date(Date.now() - 1_000).toISOString() },
      () => undefined,
    );

    // Then a full sync was queued, and the failure is reported with its reason
    await expect(waiting).rejects.toThrow('the first sync failed: Admin API answered 500');
    expect(enqueued).toEqual([{ name: 'sync', payload: { shop: SHOP, kind: 'full' } }]);
  });

  it('describes progress without totals when the run has none yet', async () => {
    // Given a run that has not planned yet
    const stores = createMemoryStores();
    const run = await stores.syncRuns.create(SHOP, { kind: 'full', path: 'paged' });
    // When it is described
    // Then it says what the sync is doing first
    expect(describeProgress(run)).toBe('planning: counting products and orders');
  });
});
