import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from '@jest/globals';
import { generateDemoShop } from '@tandem/emulator/demo/index';
import { createLogger } from '@tandem/web/logger';
import { offerListValue } from '@tandem/web/offers/publish-offers';
import { migrateToLatest } from '@tandem/web/store/index';
import { enqueueNightlyRecompute } from '@tandem/web/jobs/recurring';
import { startAppHarness, type AppHarness } from '../../support/app-harness.js';
import { openTestDatabase, type SqlBackend, type TestDatabase } from '../../support/db.js';

const SEED = generateDemoShop({ seed: 5, products: 30, orders: 400, domain: 'recompute-job.myshopify.com' });
const SHOP = SEED.shop.domain;
const quiet = createLogger({ logLevel: 'silent' }, new Writable({ write: (_c, _e, done) => done() }));

describe.each<SqlBackend>(['sqlite', 'postgres'])('the recompute job [%s]', (backend) => {
  let db: TestDatabase | undefined;
  let harness: AppHarness | undefined;
  afterEach(async () => {
    await harness?.close();
    await db?.drop();
  });

  /** The harness over a shop that installed the app (its first API call) and was synced. */
  async function syncedShop(): Promise<AppHarness> {
    db = await openTestDatabase(backend);
    await migrateToLatest(db.database);
    harness = await startAppHarness({ seeds: [SEED], database: db.database });
    await harness.openAppAndSync(SHOP);
    return harness;
  }

  it('publishes what the first sync taught, and a nightly run with nothing new writes nothing', async () => {
    // Given a shop that installs the app (its first API call) and is synced
    const h = await syncedShop();

    // Then the sync was followed by a recompute: every product with offers has them live in checkout's metafield,
    // as the publisher serialises the stored list, and marked published
    const stores = h.app.stores;
    const lists = [];
    for (const product of SEED.products) {
      const list = await stores.offers.getList(SHOP, product.id);
      if (list && list.offers.length > 0) lists.push(list);
    }
    expect(lists.length).toBeGreaterThan(SEED.products.length / 2);
    for (const list of lists) {
      expect(list.publishedHash).toBe(list.contentHash);
      const live = await h.emulator.control.metafield({
        shop: SHOP,
        ownerId: list.productId,
        namespace: '$app:tandem',
        key: 'offers',
      });
      expect(live?.value).toBe(offerListValue(list));
    }

    // When the nightly recompute runs the next day with no new orders or rules
    const before = new Map(lists.map((list) => [list.productId, list.publishedAt]));
    const report = await stores.offers.getModelReport(SHOP);
    if (!report) throw new Error('the sync recompute stored no model report');
    const yesterday = new Date(Date.parse(report.computedAt) - 86_400_000).toISOString();
    await stores.offers.putModelReport(SHOP, { ...report, computedAt: yesterday });
    const jobs = await h.app.queue.stats();
    const now = () => new Date();
    expect(
      await enqueueNightlyRecompute({ shops: stores.shops, queue: h.app.queue, logger: quiet, now }),
    ).toBe(1);
    await h.jobsIdle();

    // Then it ran once (a second call the same day is a duplicate) and published nothing again
    expect(await h.app.queue.stats()).toMatchObject({ completed: jobs.completed + 1, failed: jobs.failed });
    expect((await stores.offers.getModelReport(SHOP))?.computedAt).not.toBe(yesterday);
    expect(
      await enqueueNightlyRecompute({ shops: stores.shops, queue: h.app.queue, logger: quiet, now }),
    ).toBe(0);
    for (const list of lists) {
      expect((await stores.offers.getList(SHOP, list.productId))?.publishedAt).toBe(
        before.get(list.productId),
      );
    }
  });

  it('skips the nightly run on a day a sync already recomputed the offers', async () => {
    // Given a shop whose first sync has just recomputed and published its offers
    const h = await syncedShop();
    const stores = h.app.stores;
    const report = await stores.offers.getModelReport(SHOP);

    // When the nightly recompute is enqueued the same day (a server's first timer tick after the install)
    expect(
      await enqueueNightlyRecompute({
        shops: stores.shops,
        queue: h.app.queue,
        logger: quiet,
        now: () => new Date(),
      }),
    ).toBe(1);
    await h.jobsIdle();

    // Then it does not mine the same history again: the offers' model report is the sync's
    expect((await stores.offers.getModelReport(SHOP))?.computedAt).toBe(report?.computedAt);
  });
});
