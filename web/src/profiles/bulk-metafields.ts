import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { AdminClient } from '../shopify/admin/client.js';
import {
  BulkOperationRunMutationDocument,
  BulkOperationStatusDocument,
  MetafieldsSetDocument,
  StagedUploadsCreateDocument,
  type MetafieldsSetInput,
} from '../shopify/admin/generated/graphql.js';
import { METAFIELDS_PER_CALL } from '../offers/metafields.js';
import { BulkOperationError } from '../sync/errors.js';

/**
 * Shopify caps a bulk mutation's variables file at 20 MiB (the staged upload refuses more). A file is cut below it,
 * with room for the multipart envelope, and the rest goes into the next operation.
 */
export const BULK_FILE_BYTES = 19 * 1024 * 1024;

export interface BulkPoll {
  readonly initialMs: number;
  readonly factor: number;
  readonly maxMs: number;
}

const DEFAULT_POLL: BulkPoll = { initialMs: 1_000, factor: 1.5, maxMs: 30_000 };
/** How long to keep asking while another bulk mutation of this app runs on the shop. */
const IN_PROGRESS_WAIT_MS = 15 * 60_000;
const FINAL_STATUSES = new Set(['COMPLETED', 'FAILED', 'CANCELED', 'EXPIRED']);
const METAFIELDS_SET = print(MetafieldsSetDocument);
const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export interface BulkMetafieldsDeps {
  readonly client: AdminClient;
  /** Uploads the variables file and downloads the result (signed URLs, no token); the platform fetch by default. */
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly poll?: BulkPoll;
  readonly signal?: AbortSignal;
}

export interface BulkMetafieldsResult {
  /** Indices of the inputs Shopify wrote. */
  readonly written: readonly number[];
  /**
   * Indices of the inputs whose line did not succeed (a user error such as a deleted owner, which fails its whole
   * metafieldsSet line, or a line missing from the result): the caller writes them one call at a time.
   */
  readonly failed: readonly number[];
  readonly operations: number;
  readonly calls: number;
  readonly costSpent: number;
}

/**
 * Writes metafields with bulkOperationRunMutation: the inputs, 25 to a line as metafieldsSet variables, go into
 * JSONL files of at most BULK_FILE_BYTES, each staged (stagedUploadsCreate, then a multipart POST to the target),
 * run and awaited in turn (one bulk mutation per shop at a time). Shopify runs the lines outside the app's
 * rate-limit bucket: the app pays a handful of calls a file instead of one per 25 metafields.
 */
export async function setMetafieldsInBulk(
  deps: BulkMetafieldsDeps,
  inputs: readonly MetafieldsSetInput[],
): Promise<BulkMetafieldsResult> {
  const result = { written: [] as number[], failed: [] as number[], operations: 0, calls: 0, costSpent: 0 };
  for (const file of jsonlFiles(inputs)) {
    deps.signal?.throwIfAborted();
    const outcome = await runFile(deps, file.content, result);
    result.operations += 1;
    file.lines.forEach((indices, line) =>
      (outcome.has(line) ? result.written : result.failed).push(...indices),
    );
  }
  return result;
}

interface JsonlFile {
  readonly content: string;
  /** Per line, the indices of its inputs. */
  readonly lines: readonly (readonly number[])[];
}

function* jsonlFiles(inputs: readonly MetafieldsSetInput[]): Generator<JsonlFile> {
  let content = '';
  let bytes = 0;
  let lines: number[][] = [];
  for (let at = 0; at < inputs.length; at += METAFIELDS_PER_CALL) {
    const batch = inputs.slice(at, at + METAFIELDS_PER_CALL);
    const line = `${JSON.stringify({ metafields: batch })}\n`;
    const size = Buffer.byteLength(line);
    if (size > BULK_FILE_BYTES)
      throw new BulkOperationError(`a metafieldsSet line of ${size} bytes exceeds the bulk file limit`, null);
    if (bytes + size > BULK_FILE_BYTES) {
      yield { content, lines };
      content = '';
      bytes = 0;
      lines = [];
    }
    content += line;
    bytes += size;
    lines.push(batch.map((_, offset) => at + offset));
  }
  if (lines.length > 0) yield { content, lines };
}

type Spend = { calls: number; costSpent: number };

async function request<TData, TVariables extends Record<string, unknown>>(
  deps: BulkMetafieldsDeps,
  spend: Spend,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  const { data, cost } = await deps.client.request(document, variables);
  spend.calls += 1;
  spend.costSpent += cost?.actualQueryCost ?? cost?.requestedQueryCost ?? 0;
  return data;
}

/** Stages, runs and awaits one file; returns the line numbers that succeeded. */
async function runFile(deps: BulkMetafieldsDeps, content: string, spend: Spend): Promise<Set<number>> {
  const path = await stage(deps, content, spend);
  const operation = await start(deps, path, spend);
  const finished = await awaitOperation(deps, operation, spend);
  // FAILED, CANCELED or EXPIRED: whatever the partial file says succeeded stays written, the rest is retried.
  const url = finished.url ?? finished.partialDataUrl;
  return url ? succeededLines(deps, url) : new Set();
}

async function stage(deps: BulkMetafieldsDeps, content: string, spend: Spend): Promise<string> {
  const data = await request(deps, spend, StagedUploadsCreateDocument, {
    input: [
      {
        resource: 'BULK_MUTATION_VARIABLES',
        filename: 'tandem-profiles.jsonl',
        mimeType: 'text/jsonl',
        httpMethod: 'POST',
      },
    ],
  });
  const payload = data.stagedUploadsCreate;
  const target = payload?.stagedTargets?.[0];
  const errors = payload?.userErrors ?? [];
  if (errors.length > 0 || !target?.url)
    throw new BulkOperationError(
      `stagedUploadsCreate failed: ${errors.map((e) => e.message).join('; ') || 'no target returned'}`,
      null,
    );
  const form = new FormData();
  for (const { name, value } of target.parameters) form.append(name, value);
  form.append('file', new Blob([content], { type: 'text/jsonl' }), 'tandem-profiles.jsonl');
  const response = await (deps.fetch ?? fetch)(target.url, { method: 'POST', body: form });
  if (!response.ok)
    throw new BulkOperationError(
      `the staged upload answered HTTP ${response.status}: ${(await response.text()).slice(0, 300)}`,
      null,
    );
  const key = target.parameters.find((parameter) => parameter.name === 'key')?.value;
  if (!key) throw new BulkOperationError('the staged upload target has no key parameter', null);
  return key;
}

async function start(deps: BulkMetafieldsDeps, stagedUploadPath: string, spend: Spend): Promise<string> {
  const poll = deps.poll ?? DEFAULT_POLL;
  let delay = poll.initialMs;
  for (let waited = 0; ;) {
    const data = await request(deps, spend, BulkOperationRunMutationDocument, {
      mutation: METAFIELDS_SET,
      stagedUploadPath,
    });
    const payload = data.bulkOperationRunMutation;
    const errors = payload?.userErrors ?? [];
    if (errors.length === 0 && payload?.bulkOperation) return payload.bulkOperation.id;
    const busy = errors.some((error) => error.code === 'OPERATION_IN_PROGRESS');
    if (busy && waited < IN_PROGRESS_WAIT_MS) {
      await (deps.sleep ?? wait)(delay);
      waited += delay;
      delay = Math.min(poll.maxMs, delay * poll.factor);
      continue;
    }
    const message = errors.map((error) => error.message).join('; ') || 'no operation returned';
    throw new BulkOperationError(
      `bulkOperationRunMutation failed: ${message}`,
      busy ? null : (errors[0]?.code ?? null),
    );
  }
}

async function awaitOperation(
  deps: BulkMetafieldsDeps,
  id: string,
  spend: Spend,
): Promise<{ url: string | null; partialDataUrl: string | null }> {
  const poll = deps.poll ?? DEFAULT_POLL;
  let delay = poll.initialMs;
  for (;;) {
    deps.signal?.throwIfAborted();
    const data = await request(deps, spend, BulkOperationStatusDocument, { id });
    const node = data.node as {
      status?: unknown;
      url?: string | null;
      partialDataUrl?: string | null;
    } | null;
    // An id Shopify no longer knows: nothing to read, every line is retried.
    if (!node || typeof node.status !== 'string') return { url: null, partialDataUrl: null };
    if (FINAL_STATUSES.has(node.status))
      return {
        url: node.status === 'COMPLETED' ? (node.url ?? null) : null,
        partialDataUrl: node.partialDataUrl ?? null,
      };
    await (deps.sleep ?? wait)(delay);
    delay = Math.min(poll.maxMs, delay * poll.factor);
  }
}

interface ResultLine {
  readonly __lineNumber?: unknown;
  readonly errors?: unknown;
  readonly data?: {
    readonly metafieldsSet?: { readonly userErrors?: readonly unknown[] } | null;
  } | null;
}

/** The result file's lines whose metafieldsSet ran without errors (a broken download reads as none). */
async function succeededLines(deps: BulkMetafieldsDeps, url: string): Promise<Set<number>> {
  const succeeded = new Set<number>();
  const response = await (deps.fetch ?? fetch)(url).catch(() => undefined);
  if (!response?.ok) return succeeded;
  const text = await response.text().catch(() => '');
  for (const raw of text.split('\n')) {
    if (raw.trim() === '') continue;
    let line: ResultLine;
    try {
      line = JSON.parse(raw) as ResultLine;
    } catch {
      continue;
    }
    const set = line.data?.metafieldsSet;
    const clean =
      line.errors === undefined && set !== undefined && set !== null && (set.userErrors ?? []).length === 0;
    if (clean && typeof line.__lineNumber === 'number') succeeded.add(line.__lineNumber);
  }
  return succeeded;
}
