import type { ShopDomain } from '../domain/shop.js';
import type { SyncPath, SyncRun, SyncRunError, SyncStatus } from '../domain/sync-run.js';
import type { QueryCost } from '../shopify/admin/types.js';
import { cursorJson, type SyncCursor } from './cursor.js';
import type { SyncEvent, SyncPhase, SyncStores } from './types.js';

/**
 * Counter names on the SyncRun row. products/variants/orders/lines count rows written, so an idempotent re-write
 * (the page repeated after a resume, orders at a 25,000-object window boundary) counts again; skipped = unreadable
 * nodes; deleted = products swept; requests = Admin API calls.
 */
export const COUNT_KEYS = [
  'products',
  'variants',
  'orders',
  'lines',
  'skipped',
  'deleted',
  'requests',
] as const;
export type CountKey = (typeof COUNT_KEYS)[number];

const MESSAGE_LIMIT = 2_000;

/**
 * The run in memory — cursor, counts, cost, errors — and the one writer of its row. Progress is saved after every
 * page or batch, once the data it describes is stored, so a crash between the two only repeats idempotent writes.
 */
export class RunTracker {
  private counts: Record<string, number>;
  private cost: number;
  private readonly errors: SyncRunError[];

  constructor(
    private readonly stores: SyncStores,
    private readonly shop: ShopDomain,
    private run: SyncRun,
    public cursor: SyncCursor,
    private readonly maxStoredErrors: number,
    private readonly emit: (event: SyncEvent) => void,
  ) {
    this.counts = { ...run.counts };
    this.cost = run.costSpent;
    this.errors = [...run.errors];
  }

  get id(): string {
    return this.run.id;
  }

  get snapshot(): SyncRun {
    return this.run;
  }

  count(key: CountKey): number {
    return this.counts[key] ?? 0;
  }

  add(key: CountKey, amount = 1): void {
    this.counts = { ...this.counts, [key]: this.count(key) + amount };
  }

  /** Sums what Shopify actually charged (actualQueryCost; the requested cost when no actual one was reported). */
  spend(cost: QueryCost | undefined): void {
    this.add('requests');
    if (cost) this.cost += cost.actualQueryCost ?? cost.requestedQueryCost;
  }

  get costSpent(): number {
    return Math.round(this.cost);
  }

  /** A node the mapper could not read: counted, listed with its id (up to the cap), never fatal. */
  skip(phase: SyncPhase, id: string | null, reason: string): void {
    this.add('skipped');
    if (this.errors.length < this.maxStoredErrors)
      this.errors.push({ resourceId: id, message: `${phase}: ${reason}`.slice(0, MESSAGE_LIMIT) });
    this.emit({ type: 'skipped', phase, id, reason });
  }

  /** Fixes a fresh run's path and filters. */
  async plan(path: SyncPath, cursor: SyncCursor): Promise<void> {
    this.cursor = cursor;
    this.run = await this.stores.syncRuns.update(this.shop, this.run.id, {
      path,
      cursor: cursorJson(cursor),
      costSpent: this.costSpent,
      counts: this.counts,
    });
  }

  async save(cursor: SyncCursor = this.cursor): Promise<void> {
    this.cursor = cursor;
    this.run = await this.stores.syncRuns.update(this.shop, this.run.id, {
      cursor: cursorJson(cursor),
      counts: this.counts,
      costSpent: this.costSpent,
      errors: this.errors,
    });
  }

  /** Final write; a failure message joins the errors list (it is what /api/sync and the CLI show). */
  async finish(
    status: Extract<SyncStatus, 'succeeded' | 'failed'>,
    failure?: { readonly message: string; readonly resumable: boolean },
  ): Promise<SyncRun> {
    if (failure) this.errors.push({ resourceId: null, message: failure.message.slice(0, MESSAGE_LIMIT) });
    const cursor = failure?.resumable ? { ...this.cursor, resumable: true } : this.cursor;
    this.run = await this.stores.syncRuns.update(this.shop, this.run.id, {
      status,
      cursor: cursorJson(cursor),
      counts: this.counts,
      costSpent: this.costSpent,
      errors: this.errors,
    });
    this.emit({
      type: 'run-finished',
      runId: this.run.id,
      status,
      costSpent: this.costSpent,
      counts: this.counts,
      ...(failure ? { message: failure.message } : {}),
    });
    return this.run;
  }
}
