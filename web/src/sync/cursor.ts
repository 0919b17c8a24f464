import type { JsonValue } from '../domain/json.js';
import { SYNC_PHASES, type SyncPhase } from './types.js';

/** Where a bulk phase stands: the operation to re-poll and how many JSONL lines are already written. */
export interface BulkProgress {
  /** Null: start a new operation (the previous one failed, expired or gave a truncated file). */
  readonly id: string | null;
  /** Lines of the result file already stored; always a parent-group boundary. */
  readonly lines: number;
  /** Operations started for this phase so far (bounded by maxBulkAttempts). */
  readonly attempts: number;
}

/**
 * A sync run's resume point, stored as the SyncRun `cursor` after every page or batch. The filters are fixed when
 * the run starts, so a resumed run asks Shopify the same question (page cursors are only valid for their query).
 */
export interface SyncCursor {
  readonly v: 1;
  readonly phase: SyncPhase;
  /** Our clock when the run started: the next incremental run's lower bound, and the sweep's cut-off. */
  readonly startedAt: string;
  readonly productQuery: string | null;
  readonly orderQuery: string | null;
  /** Expected totals for progress (Shopify's counts when the run started). */
  readonly totals: { readonly products: number | null; readonly orders: number | null };
  /** Paged path: endCursor of the last page written in the current phase. */
  readonly after: string | null;
  /** Paged path: the keyset filter of the current window and the objects read in it (see windows.ts). */
  readonly window: string | null;
  readonly windowOffset: number;
  /** Bulk path: the current phase's operation. */
  readonly bulk: BulkProgress | null;
  /** Set when the run failed with an error a later run may continue past. */
  readonly resumable?: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNullableString = (value: unknown): value is string | null =>
  value === null || typeof value === 'string';
const isNullableCount = (value: unknown): value is number | null =>
  value === null || (typeof value === 'number' && Number.isSafeInteger(value));

function readBulk(value: unknown): BulkProgress | null | undefined {
  if (value === null) return null;
  if (!isRecord(value)) return undefined;
  const { id, lines, attempts } = value;
  if (!isNullableString(id) || !Number.isSafeInteger(lines) || !Number.isSafeInteger(attempts))
    return undefined;
  return { id, lines: lines as number, attempts: attempts as number };
}

/** The stored cursor, or undefined when it is missing or not one of ours (then the run cannot be resumed). */
export function readCursor(value: JsonValue | null): SyncCursor | undefined {
  if (!isRecord(value) || value['v'] !== 1) return undefined;
  const { phase, startedAt, productQuery, orderQuery, totals, after, window, windowOffset, resumable } =
    value;
  const bulk = readBulk(value['bulk']);
  if (!SYNC_PHASES.includes(phase as SyncPhase) || typeof startedAt !== 'string' || bulk === undefined)
    return undefined;
  if (
    !isNullableString(productQuery) ||
    !isNullableString(orderQuery) ||
    !isNullableString(after) ||
    !isRecord(totals)
  )
    return undefined;
  if (!isNullableString(window) || !Number.isSafeInteger(windowOffset)) return undefined;
  if (!isNullableCount(totals['products']) || !isNullableCount(totals['orders'])) return undefined;
  return {
    v: 1,
    phase: phase as SyncPhase,
    startedAt,
    productQuery,
    orderQuery,
    totals: { products: totals['products'], orders: totals['orders'] },
    after,
    window,
    windowOffset: windowOffset as number,
    bulk,
    ...(resumable === true ? { resumable: true } : {}),
  };
}

/** The cursor as plain JSON for the SyncRun row. */
export function cursorJson(cursor: SyncCursor): JsonValue {
  return {
    v: 1,
    phase: cursor.phase,
    startedAt: cursor.startedAt,
    productQuery: cursor.productQuery,
    orderQuery: cursor.orderQuery,
    totals: { products: cursor.totals.products, orders: cursor.totals.orders },
    after: cursor.after,
    window: cursor.window,
    windowOffset: cursor.windowOffset,
    bulk:
      cursor.bulk === null
        ? null
        : { id: cursor.bulk.id, lines: cursor.bulk.lines, attempts: cursor.bulk.attempts },
    ...(cursor.resumable ? { resumable: true } : {}),
  };
}

/** The phase after `phase` (full syncs sweep deleted products; incremental ones rely on webhooks for deletions). */
export function nextPhase(phase: SyncPhase, full: boolean): SyncPhase {
  if (phase === 'products') return 'orders';
  if (phase === 'orders') return full ? 'sweep' : 'done';
  return 'done';
}
