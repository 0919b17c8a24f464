/**
 * Moves bulk operations along CREATED → RUNNING → COMPLETED/FAILED by the engine clock, publishes their
 * JSONL (applying a pending "truncate next bulk file" fault) and emits `bulk_operations/finish` with the
 * payload shape of Shopify's webhook (admin_graphql_api_id, completed_at, created_at, error_code, status, type).
 */
import { numericId } from '../../state/gid.js';
import type { BulkOperationRecord } from '../../state/records.js';
import type { EngineRuntime, ShopRuntime } from '../../engine/runtime.js';

const toJsonl = (lines: readonly string[]): string => (lines.length === 0 ? '' : `${lines.join('\n')}\n`);

export function settleBulkOperations(runtime: EngineRuntime, shopRuntime: ShopRuntime): void {
  const now = runtime.now();
  for (const op of shopRuntime.state.bulkOperations) {
    if (op.status === 'CREATED' && now >= op.runningAtMs) op.status = 'RUNNING';
    if (op.status === 'RUNNING' && now >= op.finishAtMs) finish(runtime, shopRuntime, op);
  }
}

function finish(runtime: EngineRuntime, shopRuntime: ShopRuntime, op: BulkOperationRecord): void {
  const { lines, rootCount, failure } = op.pending;
  const base = `${numericId(shopRuntime.state.shop.id)}-${numericId(op.id)}`;
  op.completedAt = new Date(op.finishAtMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (failure) {
    const partial = lines.slice(0, failure.linesBeforeFailure);
    op.status = 'FAILED';
    op.errorCode = failure.errorCode;
    op.objectCount = partial.length;
    if (partial.length > 0) {
      op.partialFileId = `${base}-partial`;
      runtime.bulkFiles.set(op.partialFileId, toJsonl(partial));
    }
  } else {
    op.status = 'COMPLETED';
    op.objectCount = lines.length;
    op.rootObjectCount = rootCount;
    if (lines.length > 0) {
      const full = toJsonl(lines);
      const fraction = shopRuntime.faults.consumeTruncation();
      op.fileId = base;
      op.fileSize = Buffer.byteLength(full, 'utf8');
      runtime.bulkFiles.set(
        base,
        fraction === undefined ? full : full.slice(0, Math.floor(full.length * fraction)),
      );
    }
  }
  runtime.bus.emit({
    domain: shopRuntime.state.shop.domain,
    topic: 'bulk_operations/finish',
    payload: {
      admin_graphql_api_id: op.id,
      completed_at: op.completedAt,
      created_at: op.createdAt,
      error_code: op.errorCode?.toLowerCase() ?? null,
      status: op.status.toLowerCase(),
      type: op.type.toLowerCase(),
    },
  });
}
