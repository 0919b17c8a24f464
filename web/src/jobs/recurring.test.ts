import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { createJobQueue } from '../queue/index.js';
import { createLogger } from '../logger.js';
import { createMemoryStores } from '../store/index.js';
import { enqueueNightlyRecompute, enqueueRecurring } from './recurring.js';
import type { TandemJobs } from './types.js';

const quiet = createLogger({ logLevel: 'silent' }, new Writable({ write: (_c, _e, done) => done() }));

describe('enqueueRecurring', () => {
  it('enqueues one reconcile per installed shop per window, however often it is called', async () => {
    // Given two installed shops and one uninstalled
    const stores = createMemoryStores();
    for (const shop of ['a.myshopify.com', 'b.myshopify.com', 'gone.myshopify.com']) {
      await stores.shops.markInstalled(shop, { scopes: [], at: '2026-11-01T00:00:00.000Z' });
    }
    await stores.shops.markUninstalled('gone.myshopify.com', '2026-11-02T00:00:00.000Z');
    const queue = createJobQueue<TandemJobs>({ kind: 'in-process' });
    let now = new Date('2026-11-23T01:00:00.000Z');
    const deps = { shops: stores.shops, syncRuns: stores.syncRuns, queue, logger: quiet, now: () => now };
    // When it runs twice in one window and once in the next
    const first = await enqueueRecurring(deps, 3_600_000);
    const again = await enqueueRecurring(deps, 3_600_000);
    now = new Date('2026-11-23T02:00:00.000Z');
    const next = await enqueueRecurring(deps, 3_600_000);
    // Then each window enqueued each installed shop exactly once
    expect([first, again, next]).toEqual([2, 0, 2]);
    expect((await queue.stats()).waiting).toBe(4);
    await queue.close({ graceMs: 0 });
  });

  it('leaves out a shop whose last sync started within the period', async () => {
    const stores = createMemoryStores({ clock: () => new Date('2026-11-23T00:30:00.000Z') });
    await stores.shops.markInstalled('fresh.myshopify.com', { scopes: [], at: '2026-11-23T00:00:00.000Z' });
    await stores.syncRuns.create('fresh.myshopify.com', { kind: 'full', path: 'paged' });
    const queue = createJobQueue<TandemJobs>({ kind: 'in-process' });
    const deps = {
      shops: stores.shops,
      syncRuns: stores.syncRuns,
      queue,
      logger: quiet,
      now: () => new Date('2026-11-23T01:00:00.000Z'),
    };
    expect(await enqueueRecurring(deps, 3_600_000)).toBe(0);
    expect(
      await enqueueRecurring({ ...deps, now: () => new Date('2026-11-23T02:00:00.000Z') }, 3_600_000),
    ).toBe(1);
    await queue.close({ graceMs: 0 });
  });

  it('enqueues one recompute per installed shop per day', async () => {
    const stores = createMemoryStores();
    for (const shop of ['a.myshopify.com', 'gone.myshopify.com'])
      await stores.shops.markInstalled(shop, { scopes: [], at: '2026-11-01T00:00:00.000Z' });
    await stores.shops.markUninstalled('gone.myshopify.com', '2026-11-02T00:00:00.000Z');
    const queue = createJobQueue<TandemJobs>({ kind: 'in-process' });
    let now = new Date('2026-11-23T01:00:00.000Z');
    const deps = { shops: stores.shops, queue, logger: quiet, now: () => now };
    const counts = [await enqueueNightlyRecompute(deps), await enqueueNightlyRecompute(deps)];
    now = new Date('2026-11-23T23:59:00.000Z');
    counts.push(await enqueueNightlyRecompute(deps));
    now = new Date('2026-11-24T00:01:00.000Z');
    counts.push(await enqueueNightlyRecompute(deps));
    expect(counts).toEqual([1, 0, 0, 1]);
    await queue.close({ graceMs: 0 });
  });
});
