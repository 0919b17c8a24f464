import {
  BulkOperationRunQueryDocument,
  BulkOperationStatusDocument,
  type BulkOperationFieldsFragment,
} from '../../shopify/admin/generated/graphql.js';
import { BulkOperationError } from '../errors.js';
import type { SyncContext } from '../resource.js';
import { BULK_FINAL_STATUSES, type SyncPhase } from '../types.js';

/** How long to keep asking while another bulk query of this app runs on the shop (an orphan of a crashed run). */
const IN_PROGRESS_WAIT_MS = 15 * 60_000;

/** Starts a bulk query and returns its id; waits while another bulk query of ours is still running. */
export async function startBulkOperation(context: SyncContext, query: string): Promise<string> {
  const { client } = context.deps;
  let delay = context.options.bulkPoll.initialMs;
  for (let waited = 0; ;) {
    const { data, cost } = await client.request(BulkOperationRunQueryDocument, { query });
    context.tracker.spend(cost);
    const payload = data.bulkOperationRunQuery;
    const errors = payload?.userErrors ?? [];
    if (errors.length === 0 && payload?.bulkOperation) return payload.bulkOperation.id;
    const busy = errors.some((error) => error.code === 'OPERATION_IN_PROGRESS');
    if (busy && waited < IN_PROGRESS_WAIT_MS) {
      await context.sleep(delay);
      waited += delay;
      delay = Math.min(context.options.bulkPoll.maxMs, delay * context.options.bulkPoll.factor);
      continue;
    }
    const message =
      errors.map((error) => `${(error.field ?? []).join('.') || 'query'}: ${error.message}`).join('; ') ||
      'no operation returned';
    throw new BulkOperationError(
      `bulkOperationRunQuery failed: ${message}`,
      busy ? null : (errors[0]?.code ?? null),
    );
  }
}

export type FinishedOperation = BulkOperationFieldsFragment;

/** `node(id:)` answers any Node type; ours is a BulkOperation when it carries a status. */
const isBulkOperation = (node: unknown): node is BulkOperationFieldsFragment =>
  typeof node === 'object' && node !== null && typeof (node as { status?: unknown }).status === 'string';

/**
 * Polls the operation by id with growing delays until it is COMPLETED, FAILED, CANCELED or EXPIRED. An id Shopify
 * no longer knows reads as EXPIRED (results are kept for a week), so the caller starts a new operation.
 */
export async function awaitBulkOperation(
  context: SyncContext,
  id: string,
  phase: SyncPhase,
): Promise<FinishedOperation> {
  const { client, log, signal } = context.deps;
  let delay = context.options.bulkPoll.initialMs;
  for (;;) {
    signal?.throwIfAborted();
    const { data, cost } = await client.request(BulkOperationStatusDocument, { id });
    context.tracker.spend(cost);
    const node = data.node;
    if (!isBulkOperation(node)) {
      return {
        id,
        status: 'EXPIRED',
        errorCode: null,
        objectCount: '0',
        rootObjectCount: '0',
        url: null,
        partialDataUrl: null,
      };
    }
    log?.({
      type: 'bulk-status',
      phase,
      operationId: id,
      status: node.status,
      objectCount: Number(node.objectCount),
    });
    if ((BULK_FINAL_STATUSES as readonly string[]).includes(node.status)) return node;
    await context.sleep(delay);
    delay = Math.min(context.options.bulkPoll.maxMs, delay * context.options.bulkPoll.factor);
  }
}
