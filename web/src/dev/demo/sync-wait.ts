import type { SyncRun } from '../../domain/sync-run.js';
import type { Stores } from '../../store/types.js';
import { readCursor } from '../../sync/index.js';
import type { TandemQueue } from '../../jobs/types.js';

export interface SyncWaitDeps {
  readonly stores: Pick<Stores, 'syncRuns' | 'catalog' | 'orders'>;
  readonly queue: Pick<TandemQueue, 'enqueue'>;
  readonly shop: string;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Give up when a run shows no progress for this long. */
  readonly stallMs?: number;
}

export type SyncOutcome =
  | {
      readonly kind: 'reused';
      readonly products: number;
      readonly orders: number;
      readonly finishedAt: string | null;
    }
  | { readonly kind: 'synced'; readonly run: SyncRun };

const percent = (done: number, total: number | null) =>
  total ? ` (${Math.min(100, Math.round((done / total) * 100))}%)` : '';

/** "products 400/400 · orders 2,500/5,471 (46%)" from a run's counts and the totals its cursor holds. */
export function describeProgress(run: SyncRun): string {
  const totals = readCursor(run.cursor)?.totals;
  if (totals?.products == null && totals?.orders == null) return 'planning: counting products and orders';
  const products = run.counts['products'] ?? 0;
  const orders = run.counts['orders'] ?? 0;
  const of = (total: number | null | undefined) => (total ? `/${total.toLocaleString('en-US')}` : '');
  const all = totals?.products != null && totals.orders != null ? totals.products + totals.orders : null;
  return `products ${products.toLocaleString('en-US')}${of(totals?.products)} · orders ${orders.toLocaleString('en-US')}${of(totals?.orders)}${percent(products + orders, all)}`;
}

/**
 * Waits for the shop's first full sync and reports its progress. A shop whose last sync succeeded is reused as it
 * is; one whose sync never finished (the previous start was stopped) gets a new full sync, which resumes from the
 * stored cursor.
 */
export async function awaitFirstSync(
  deps: SyncWaitDeps,
  /** `installedNow`: this start installed the shop (its sync is queued); `since`: ISO time before the install. */
  start: { readonly installedNow: boolean; readonly since: string },
  progress: (detail: string) => void,
): Promise<SyncOutcome> {
  const { stores, shop } = deps;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const { installedNow, since: started } = start;
  const latest = await stores.syncRuns.latest(shop);
  if (!installedNow && latest?.status === 'succeeded') {
    return {
      kind: 'reused',
      products: await stores.catalog.countProducts(shop),
      orders: await stores.orders.countOrders(shop),
      finishedAt: latest.finishedAt,
    };
  }
  if (!installedNow)
    await deps.queue.enqueue(
      'sync',
      { shop, kind: 'full' },
      { idempotencyKey: `demo-sync:${shop}:${started}`, serialKey: shop },
    );
  let lastChange = Date.now();
  let lastSeen = '';
  for (;;) {
    const run = await stores.syncRuns.latest(shop);
    const finished = run?.finishedAt !== null && run?.finishedAt !== undefined && run.finishedAt >= started;
    if (run && finished && run.status === 'succeeded') return { kind: 'synced', run };
    if (run && finished && run.status === 'failed')
      throw new Error(`the first sync failed: ${run.errors.at(-1)?.message ?? 'see data/tandem.log'}`);
    const seen = run ? `${run.id}:${run.updatedAt}` : '';
    if (seen !== lastSeen) {
      lastSeen = seen;
      lastChange = Date.now();
      if (run?.status === 'running') progress(describeProgress(run));
    } else if (Date.now() - lastChange > (deps.stallMs ?? 120_000)) {
      throw new Error(
        `the sync made no progress for ${Math.round((deps.stallMs ?? 120_000) / 1000)} s (see data/tandem.log)`,
      );
    }
    await sleep(200);
  }
}
