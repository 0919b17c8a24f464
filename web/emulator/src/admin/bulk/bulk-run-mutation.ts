/**
 * `bulkOperationRunMutation`: runs one mutation per line of an uploaded JSONL (each line is the variables)
 * and writes Shopify's result JSONL, one `{"data": …, "__lineNumber": n}` per input line
 * (https://shopify.dev/docs/api/usage/bulk-operations/imports). One bulk mutation may run per shop at a time.
 * Errors use BulkMutationErrorCode values.
 */
import { execute, type GraphQLFieldResolver } from 'graphql';
import { prepareDocument } from '../../engine/document.js';
import { formatExecutionError } from '../../engine/graphql-errors.js';
import { adminSchema } from '../../engine/schemas.js';
import { AdminContext } from '../context.js';
import { newBulkOperation, runningOperations } from './bulk-timing.js';

interface BulkMutationUserError {
  readonly field: readonly string[] | null;
  readonly message: string;
  readonly code: 'INVALID_MUTATION' | 'NO_SUCH_FILE' | 'INVALID_STAGED_UPLOAD_FILE' | 'OPERATION_IN_PROGRESS';
}

const rejected = (
  error: BulkMutationUserError,
): { bulkOperation: null; userErrors: BulkMutationUserError[] } => ({
  bulkOperation: null,
  userErrors: [error],
});

function parseLines(content: string): Record<string, unknown>[] | number {
  const lines = content.split('\n').filter((line) => line.trim() !== '');
  const parsed: Record<string, unknown>[] = [];
  for (const [index, line] of lines.entries()) {
    try {
      const value = JSON.parse(line) as unknown;
      if (!value || typeof value !== 'object' || Array.isArray(value)) return index + 1;
      parsed.push(value as Record<string, unknown>);
    } catch {
      return index + 1;
    }
  }
  return parsed;
}

export async function bulkOperationRunMutation(
  mutation: string,
  stagedUploadPath: string,
  ctx: AdminContext,
  fieldResolver: GraphQLFieldResolver<unknown, AdminContext>,
): Promise<{ bulkOperation: object | null; userErrors: BulkMutationUserError[] }> {
  const schema = adminSchema();
  const prepared = prepareDocument(schema, { query: mutation }, { coerceVariables: false });
  if (
    prepared.kind === 'errors' ||
    prepared.operation.operation !== 'mutation' ||
    prepared.operation.selectionSet.selections.length !== 1
  ) {
    const detail =
      prepared.kind === 'errors'
        ? `: ${prepared.errors.map((e) => e.message).join('; ')}`
        : ': it must be a mutation with exactly one root field';
    return rejected({ field: ['mutation'], message: `Invalid mutation${detail}`, code: 'INVALID_MUTATION' });
  }
  const content = ctx.runtime.stagedUploads.get(stagedUploadPath);
  if (content === undefined || content === null) {
    return rejected({
      field: ['stagedUploadPath'],
      message:
        "The JSONL file could not be found. Try uploading the file again, and check that you've entered the URL correctly for the stagedUploadPath mutation argument.",
      code: 'NO_SUCH_FILE',
    });
  }
  const lines = parseLines(content);
  if (typeof lines === 'number')
    return rejected({
      field: ['stagedUploadPath'],
      message: `Line ${lines} of the JSONL file is not a JSON object.`,
      code: 'INVALID_STAGED_UPLOAD_FILE',
    });
  const running = runningOperations(ctx, 'MUTATION');
  if (running.length > 0)
    return rejected({
      field: null,
      message: `A bulk mutation operation for this app and shop is already in progress: ${running[0]?.id ?? ''}.`,
      code: 'OPERATION_IN_PROGRESS',
    });
  const bulkCtx = new AdminContext(ctx.runtime, ctx.shopRuntime, ctx.scopes, true);
  const results: string[] = [];
  for (const [lineNumber, variables] of lines.entries()) {
    const result = await execute({
      schema,
      document: prepared.document,
      variableValues: variables,
      contextValue: bulkCtx,
      rootValue: {},
      fieldResolver,
    });
    results.push(
      JSON.stringify({
        ...(result.errors ? { errors: result.errors.map(formatExecutionError) } : {}),
        data: result.data ?? null,
        __lineNumber: lineNumber,
      }),
    );
  }
  return {
    bulkOperation: newBulkOperation(ctx, 'MUTATION', mutation, {
      lines: results,
      rootCount: results.length,
      failure: null,
    }),
    userErrors: [],
  };
}
