import { describe, expect, it } from '@jest/globals';
import { createMemoryStores } from '@tandem/web/store/index';
import { createAdminClient } from '@tandem/web/shopify/admin/client';
import { runSync, type SyncEvent } from '@tandem/web/sync/index';
import { dumpStore, eventsOf, startWorld, type SyncWorld } from './support.js';
import { ADMIN_API_VERSION } from '@tandem/web/config';

/** The store a fault-free sync of the same shop produces. */
async function reference(world: SyncWorld) {
  const stores = createMemoryStores();
  await runSync(world.deps(stores));
  return dumpStore(stores, world.shop);
}

describe('sync under injected faults (emulator over HTTP)', () => {
  it('waits out THROTTLED answers and still stores everything once', async () => {
    // Given Shopify answers the next three Admin calls THROTTLED whatever the bucket holds
    const world = await startWorld();
    try {
      const expected = await reference(world);
      await world.emulator.control.injectFault({ kind: 'throttle', shop: world.shop, count: 3 });
      world.clientEvents.length = 0;
      // When a sync runs
      const stores = createMemoryStores();
      const run = await runSync(world.deps(stores));
      // Then the client retried those three calls and the store is the fault-free one
      expect(
        world.clientEvents.filter((event) => event.type === 'retry' && event.reason === 'THROTTLED'),
      ).toHaveLength(3);
      expect(run.status).toBe('succeeded');
      expect(await dumpStore(stores, world.shop)).toEqual(expected);
    } finally {
      await world.close();
    }
  });

  it('retries Admin 5xx answers', async () => {
    const world = await startWorld();
    try {
      const expected = await reference(world);
      await world.emulator.control.injectFault({
        kind: 'http-error',
        status: 503,
        target: 'admin',
        shop: world.shop,
        count: 2,
      });
      world.clientEvents.length = 0;
      const stores = createMemoryStores();
      const run = await runSync(world.deps(stores));
      expect(
        world.clientEvents
          .filter((event) => event.type === 'retry')
          .map((event) => event.type === 'retry' && event.reason),
      ).toEqual(['HTTP 503', 'HTTP 503']);
      expect(run.status).toBe('succeeded');
      expect(await dumpStore(stores, world.shop)).toEqual(expected);
    } finally {
      await world.close();
    }
  });

  it('survives a truncated bulk file and a failed file download', async () => {
    // Given the next bulk result file is cut in half, and the first download of a file answers 502
    const world = await startWorld();
    try {
      const expected = await reference(world);
      await world.emulator.control.truncateNextBulkFile({ shop: world.shop, fraction: 0.5 });
      // (not scoped to the shop: the emulator's file routes do not see the shop of a request)
      await world.emulator.control.injectFault({ kind: 'http-error', status: 502, target: 'bulk', count: 1 });
      // When a bulk sync runs
      const events: SyncEvent[] = [];
      const stores = createMemoryStores();
      const run = await runSync(world.deps(stores, { path: 'bulk' }, { log: (event) => events.push(event) }));
      // Then it fetched again, replaced the truncated operation, and the store is complete
      const reasons = eventsOf(events, 'bulk-retry').map((event) =>
        event.type === 'bulk-retry' ? event.reason : '',
      );
      expect(reasons.some((reason) => reason.includes('answered HTTP 502'))).toBe(true);
      expect(reasons.some((reason) => reason.includes('starting a new operation'))).toBe(true);
      expect(run.status).toBe('succeeded');
      expect(await dumpStore(stores, world.shop)).toEqual(expected);
    } finally {
      await world.close();
    }
  });

  it('abandons a request Shopify never answers and retries it', async () => {
    // Given the next two Admin calls hang (the connection stays open, no answer) far longer than the client waits
    const world = await startWorld();
    try {
      const expected = await reference(world);
      await world.emulator.control.injectFault({
        kind: 'timeout',
        target: 'admin',
        shop: world.shop,
        hangMs: 20_000,
        count: 2,
      });
      world.clientEvents.length = 0;
      // When a sync runs with a client that gives up on a request after 2 s (far below the hang, and far above what
      // an answered call takes even when two jest workers share a loaded 2-core machine: at 300 ms one timed out)
      const stores = createMemoryStores();
      const client = createAdminClient({
        shop: world.shop,
        accessToken: world.accessToken,
        apiVersion: ADMIN_API_VERSION,
        fetch: world.fetch,
        now: world.time.nowMs,
        sleep: world.time.sleep,
        log: (event) => world.clientEvents.push(event),
        requestTimeoutMs: 2_000,
      });
      const started = Date.now();
      const run = await runSync({ ...world.deps(stores), client });
      // Then it retried both calls well before the hang would have ended, and the store is the fault-free one
      expect(world.clientEvents.filter((event) => event.type === 'retry')).toHaveLength(2);
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(run.status).toBe('succeeded');
      expect(await dumpStore(stores, world.shop)).toEqual(expected);
    } finally {
      await world.close();
    }
  });
});
