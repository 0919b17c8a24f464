import { describe, expect, it } from '@jest/globals';
import { NotFoundError } from '@tandem/web/errors';
import type { FixtureFactory } from '../../support/db.js';
import { steppingClock } from '../../support/db.js';
import { expectInvalid } from './expect-invalid.js';

export function describeSyncRunStoreContract(name: string, fixture: FixtureFactory): void {
  describe(`SyncRunStore [${name}]`, () => {
    it('records a run from queued to succeeded with progress and timestamps', async () => {
      // Given a queued run (clock ticks one second per reading)
      const { stores, shop } = fixture({ clock: steppingClock('2025-05-01T00:00:00.000Z') });
      const run = await stores.syncRuns.create(shop, { kind: 'full', path: 'paged' });
      // When it starts, makes progress and finishes
      await stores.syncRuns.update(shop, run.id, { status: 'running' });
      await stores.syncRuns.update(shop, run.id, {
        cursor: { products: 'eyJsYXN0IjoxfQ', page: 3 },
        counts: { products: 250, skipped: 1 },
        costSpent: 1_200,
        errors: [{ resourceId: 'gid://shopify/Product/9', message: 'unreadable price' }],
      });
      const done = await stores.syncRuns.update(shop, run.id, { status: 'succeeded', path: 'bulk' });
      // Then the stored run has every field and each timestamp once
      expect(run).toMatchObject({
        status: 'queued',
        counts: {},
        costSpent: 0,
        errors: [],
        cursor: null,
        startedAt: null,
      });
      expect(done).toEqual({
        id: run.id,
        shop,
        kind: 'full',
        path: 'bulk',
        status: 'succeeded',
        cursor: { products: 'eyJsYXN0IjoxfQ', page: 3 },
        counts: { products: 250, skipped: 1 },
        costSpent: 1_200,
        errors: [{ resourceId: 'gid://shopify/Product/9', message: 'unreadable price' }],
        createdAt: '2025-05-01T00:00:00.000Z',
        startedAt: '2025-05-01T00:00:01.000Z',
        finishedAt: '2025-05-01T00:00:03.000Z',
        updatedAt: '2025-05-01T00:00:03.000Z',
      });
      expect(await stores.syncRuns.get(shop, run.id)).toEqual(done);
      // And a finished run cannot change
      await expectInvalid(stores.syncRuns.update(shop, run.id, { status: 'running' }), 'status');
    });

    it('finds the latest run, by kind too, and lists newest first', async () => {
      const { stores, shop } = fixture({ clock: steppingClock() });
      const full = await stores.syncRuns.create(shop, { kind: 'full', path: 'bulk' });
      const incremental = await stores.syncRuns.create(shop, { kind: 'incremental', path: 'paged' });
      expect((await stores.syncRuns.latest(shop))?.id).toBe(incremental.id);
      expect((await stores.syncRuns.latest(shop, 'full'))?.id).toBe(full.id);
      expect(await stores.syncRuns.latest(shop, 'reconcile')).toBeUndefined();
      expect((await stores.syncRuns.list(shop)).map((run) => run.id)).toEqual([incremental.id, full.id]);
      expect((await stores.syncRuns.list(shop, { limit: 1 })).map((run) => run.id)).toEqual([incremental.id]);
    });

    it('keeps shops apart and rejects unknown runs and bad progress', async () => {
      const { stores, shop, otherShop } = fixture();
      const run = await stores.syncRuns.create(shop, { kind: 'full', path: 'paged' });
      expect(await stores.syncRuns.get(otherShop, run.id)).toBeUndefined();
      expect(await stores.syncRuns.latest(otherShop)).toBeUndefined();
      await expect(stores.syncRuns.update(otherShop, run.id, { status: 'running' })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expectInvalid(
        stores.syncRuns.update(shop, run.id, { counts: { products: -1 } }),
        'counts.products',
      );
      await expectInvalid(stores.syncRuns.create(shop, { kind: 'partial', path: 'paged' } as never), 'kind');
      expect((await stores.syncRuns.get(shop, run.id))?.counts).toEqual({});
    });
  });
}
