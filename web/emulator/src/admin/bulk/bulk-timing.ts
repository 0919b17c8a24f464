/**
 * When an emulated bulk operation runs and finishes. Shopify gives no timing contract ("operations run
 * asynchronously"), so the emulator uses a plain, deterministic model: it starts 1 s after creation and
 * takes 1 s plus 1 ms per object, all divided by the engine's timeScale. Transitions are applied lazily,
 * against the engine clock, whenever the engine is next used (see bulk-settle.ts).
 */
import type { BulkFailure, BulkOperationRecord } from '../../state/records.js';
import type { AdminContext } from '../context.js';

const START_DELAY_MS = 1000;
const BASE_RUN_MS = 1000;
const PER_OBJECT_MS = 1;

export function newBulkOperation(
  ctx: AdminContext,
  type: 'QUERY' | 'MUTATION',
  query: string,
  pending: { lines: readonly string[]; rootCount: number; failure: BulkFailure | null },
): BulkOperationRecord {
  const now = ctx.nowMs();
  const scale = ctx.runtime.timeScale;
  const runningAtMs = now + START_DELAY_MS / scale;
  const record: BulkOperationRecord = {
    id: ctx.shop.newId('BulkOperation'),
    type,
    query,
    status: 'CREATED',
    createdAt: ctx.nowIso(),
    runningAtMs,
    finishAtMs: runningAtMs + (BASE_RUN_MS + PER_OBJECT_MS * pending.lines.length) / scale,
    completedAt: null,
    errorCode: null,
    objectCount: 0,
    rootObjectCount: 0,
    fileSize: null,
    fileId: null,
    partialFileId: null,
    pending,
  };
  ctx.shop.bulkOperations.push(record);
  return record;
}

/** Operations of `type` that still occupy a concurrency slot. */
export function runningOperations(ctx: AdminContext, type: 'QUERY' | 'MUTATION'): BulkOperationRecord[] {
  return ctx.shop.bulkOperations.filter(
    (op) => op.type === type && (op.status === 'CREATED' || op.status === 'RUNNING'),
  );
}
