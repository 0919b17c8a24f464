import { afterEach, describe, expect, it } from '@jest/globals';
import { createInProcessQueue } from '@tandem/web/queue/in-process-queue';
import type { JobQueue } from '@tandem/web/queue/types';
import { hashCheckoutToken, readKpis } from '@tandem/web/measurement/index';
import { createMemoryStores } from '@tandem/web/store/index';
import { createRollupJob, rollupScheduler, sweepDirtyRollups } from '@tandem/web/jobs/rollup-job';
import type { TandemJobs } from '@tandem/web/jobs/types';

const SHOP = 'rollup-job.myshopify.com';
const DAY = '2025-03-02';
const RANGE = { from: '2025-03-01', to: '2025-03-03' };

let queue: JobQueue<TandemJobs> | undefined;
afterEach(async () => queue?.close({ graceMs: 100 }));

async function idle(q: JobQueue<TandemJobs>): Promise<void> {
  for (;;) {
    const { waiting, active } = await q.stats();
    if (waiting === 0 && active === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function shopWithACheckout() {
  const stores = createMemoryStores();
  await stores.shops.markInstalled(SHOP, { scopes: [], at: '2025-01-01T00:00:00.000Z' });
  await stores.measurement.recordCheckouts(SHOP, [
    {
      checkoutHash: hashCheckoutToken('tok'),
      createdAt: `${DAY}T10:00:00.000Z`,
      arm: 'treatment',
      eligible: true,
      source: 'checkout',
    },
  ]);
  await stores.measurement.markDirty(SHOP, [DAY]);
  return stores;
}

describe('KPI rollups run as a job, not in the read', () => {
  it('a read computes nothing: it reports the days waiting, and the job rolls them up', async () => {
    // Given a checkout recorded on a day marked for rollup
    const stores = await shopWithACheckout();
    // When the dashboard reads before any job ran
    const before = await readKpis({ stores }, SHOP, RANGE);
    // Then the day is not in the figures, nothing was stored, and the read says one day is pending
    expect(before.pendingDays).toBe(1);
    expect(before.arms.treatment.eligibleCheckouts).toBe(0);
    expect(await stores.measurement.rollups(SHOP, RANGE)).toEqual([]);
    // When the scheduled job runs
    queue = createInProcessQueue<TandemJobs>();
    const noop = async () => undefined;
    await queue.start({ sync: noop, recompute: noop, webhook: noop, rollup: createRollupJob({ stores }) });
    const schedule = rollupScheduler(queue);
    await schedule(SHOP);
    await schedule(SHOP);
    await idle(queue);
    // Then the read shows the day and nothing waits
    const after = await readKpis({ stores }, SHOP, RANGE);
    expect(after.pendingDays).toBe(0);
    expect(after.arms.treatment.eligibleCheckouts).toBe(1);
  });

  it('a rollup stored in an older shape is left out and marked, not recomputed by the read', async () => {
    const stores = await shopWithACheckout();
    await stores.measurement.putRollups(
      SHOP,
      [{ day: DAY, payload: { version: 1 } }],
      await stores.measurement.dirtyDays(SHOP),
    );
    const report = await readKpis({ stores }, SHOP, RANGE);
    expect(report.pendingDays).toBe(1);
    expect((await stores.measurement.rollups(SHOP, RANGE)).map((row) => row.payload)).toEqual([
      { version: 1 },
    ]);
  });

  it('the periodic sweep queues the rollup of every installed shop with marked days', async () => {
    const stores = await shopWithACheckout();
    const scheduled: string[] = [];
    const record = async (shop: string) => {
      scheduled.push(shop);
    };
    expect(await sweepDirtyRollups({ stores, scheduleRollup: record })).toBe(1);
    expect(scheduled).toEqual([SHOP]);
  });
});
