import { randomUUID } from 'node:crypto';
import type { SyncRun } from '../../domain/sync-run.js';
import { NotFoundError } from '../../errors.js';
import type { SyncRunsTable } from '../database/schema.js';
import type { SyncRunStore } from '../ports/sync-run-store.js';
import { applySyncRunPatch, newSyncRun } from '../shared/sync-runs.js';
import { checkShop, validate, validateNewSyncRun, validateSyncRunPatch } from '../validation/index.js';
import { nowIso, type SqlContext } from './context.js';

function runRow(run: SyncRun): SyncRunsTable {
  return {
    shop: run.shop,
    id: run.id,
    kind: run.kind,
    path: run.path,
    status: run.status,
    cursor: run.cursor === null ? null : JSON.stringify(run.cursor),
    counts: JSON.stringify(run.counts),
    cost_spent: run.costSpent,
    errors: JSON.stringify(run.errors),
    created_at: run.createdAt,
    started_at: run.startedAt,
    finished_at: run.finishedAt,
    updated_at: run.updatedAt,
  };
}

function runFromRow(row: SyncRunsTable): SyncRun {
  return {
    id: row.id,
    shop: row.shop,
    kind: row.kind as SyncRun['kind'],
    path: row.path as SyncRun['path'],
    status: row.status as SyncRun['status'],
    cursor: row.cursor === null ? null : (JSON.parse(row.cursor) as SyncRun['cursor']),
    counts: JSON.parse(row.counts) as SyncRun['counts'],
    costSpent: row.cost_spent,
    errors: JSON.parse(row.errors) as SyncRun['errors'],
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    updatedAt: row.updated_at,
  };
}

export function createSqlSyncRunStore(context: SqlContext): SyncRunStore {
  const { db } = context;
  const get = async (shop: string, id: string) => {
    const row = await db
      .selectFrom('sync_runs')
      .selectAll()
      .where('shop', '=', shop)
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : runFromRow(row);
  };
  return {
    async create(shop, input) {
      checkShop(shop);
      const run = newSyncRun(shop, randomUUID(), validateNewSyncRun(input), nowIso(context));
      await db.insertInto('sync_runs').values(runRow(run)).execute();
      return run;
    },

    async update(shop, runId, patch) {
      checkShop(shop);
      const clean = validateSyncRunPatch(patch);
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('sync_runs')
          .selectAll()
          .where('shop', '=', shop)
          .where('id', '=', runId)
          .executeTakeFirst();
        if (row === undefined) throw new NotFoundError(`Sync run ${runId} not found for ${shop}`);
        const next = applySyncRunPatch(runFromRow(row), clean, nowIso(context));
        const { shop: _shop, id: _id, ...values } = runRow(next);
        await trx
          .updateTable('sync_runs')
          .set(values)
          .where('shop', '=', shop)
          .where('id', '=', runId)
          .execute();
        return next;
      });
    },

    get: (shop, runId) => get(checkShop(shop), runId),

    async latest(shop, kind) {
      checkShop(shop);
      let query = db.selectFrom('sync_runs').selectAll().where('shop', '=', shop);
      if (kind !== undefined) query = query.where('kind', '=', kind);
      const row = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
      return row === undefined ? undefined : runFromRow(row);
    },

    async list(shop, options = {}) {
      checkShop(shop);
      const limit = validate('sync run list', (check) =>
        check.int('limit', options.limit ?? 20, { min: 1, max: 1_000 }),
      );
      const rows = await db
        .selectFrom('sync_runs')
        .selectAll()
        .where('shop', '=', shop)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(runFromRow);
    },
  };
}
