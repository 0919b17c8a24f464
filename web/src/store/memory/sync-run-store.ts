import { randomUUID } from 'node:crypto';
import type { SyncRun } from '../../domain/sync-run.js';
import { NotFoundError } from '../../errors.js';
import type { SyncRunStore } from '../ports/sync-run-store.js';
import { applySyncRunPatch, newSyncRun } from '../shared/sync-runs.js';
import type { Clock } from '../types.js';
import { checkShop, validate, validateNewSyncRun, validateSyncRunPatch } from '../validation/index.js';
import { byText, cloneJson, type MemoryTables } from './tables.js';

const newestFirst = (a: SyncRun, b: SyncRun) => byText(b.createdAt, a.createdAt) || byText(b.id, a.id);

export function createMemorySyncRunStore(tables: MemoryTables, clock: Clock): SyncRunStore {
  return {
    async create(shop, input) {
      checkShop(shop);
      const run = newSyncRun(shop, randomUUID(), validateNewSyncRun(input), clock().toISOString());
      tables.syncRuns.of(shop).set(run.id, run);
      return run;
    },

    async update(shop, runId, patch) {
      checkShop(shop);
      const clean = validateSyncRunPatch(patch);
      const current = tables.syncRuns.of(shop).get(runId);
      if (current === undefined) throw new NotFoundError(`Sync run ${runId} not found for ${shop}`);
      const next = applySyncRunPatch(current, clean, clock().toISOString());
      const stored = {
        ...next,
        cursor: next.cursor === null ? null : cloneJson(next.cursor),
        errors: next.errors.map((e) => ({ ...e })),
      };
      tables.syncRuns.of(shop).set(runId, stored);
      return stored;
    },

    async get(shop, runId) {
      return tables.syncRuns.of(checkShop(shop)).get(runId);
    },

    async latest(shop, kind) {
      checkShop(shop);
      return tables.syncRuns.sorted(shop, newestFirst).find((run) => kind === undefined || run.kind === kind);
    },

    async list(shop, options = {}) {
      checkShop(shop);
      const limit = validate('sync run list', (check) =>
        check.int('limit', options.limit ?? 20, { min: 1, max: 1_000 }),
      );
      return tables.syncRuns.sorted(shop, newestFirst).slice(0, limit);
    },
  };
}
