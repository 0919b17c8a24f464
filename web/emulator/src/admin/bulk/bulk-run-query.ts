/**
 * `bulkOperationRunQuery`: validates the query (schema, then bulk shape), enforces the per-shop
 * concurrency limit (one running bulk query by default: "Apps can run one bulk query operation … at a time
 * per shop", https://shopify.dev/docs/api/admin-graphql/2026-10/mutations/bulkOperationRunQuery), then
 * executes it at once — the result is a snapshot of the shop at creation — and lets the clock publish it.
 */
import { execute, type GraphQLFieldResolver } from 'graphql';
import { prepareDocument } from '../../engine/document.js';
import { adminSchema } from '../../engine/schemas.js';
import { AdminContext } from '../context.js';
import { bulkQueryProblems } from './bulk-query-shape.js';
import { toJsonl } from './bulk-jsonl.js';
import { newBulkOperation, runningOperations } from './bulk-timing.js';

interface BulkUserError {
  readonly field: readonly string[] | null;
  readonly message: string;
  readonly code: 'INVALID' | 'OPERATION_IN_PROGRESS' | 'LIMIT_REACHED';
}

const rejected = (userErrors: BulkUserError[]): { bulkOperation: null; userErrors: BulkUserError[] } => ({
  bulkOperation: null,
  userErrors,
});

export async function bulkOperationRunQuery(
  query: string,
  ctx: AdminContext,
  fieldResolver: GraphQLFieldResolver<unknown, AdminContext>,
): Promise<{ bulkOperation: object | null; userErrors: BulkUserError[] }> {
  const schema = adminSchema();
  const prepared = prepareDocument(schema, { query });
  if (prepared.kind === 'errors') {
    return rejected(
      prepared.errors.map((error) => ({
        field: ['query'],
        message: `Invalid bulk query: ${error.message}`,
        code: 'INVALID',
      })),
    );
  }
  const walk = { schema, fragments: prepared.fragments, variables: prepared.variables };
  const problems = bulkQueryProblems(walk, prepared.operation);
  if (problems.length > 0)
    return rejected(problems.map((message) => ({ field: ['query'], message, code: 'INVALID' })));
  const running = runningOperations(ctx, 'QUERY');
  if (running.length >= ctx.shop.limits.concurrentBulkQueries) {
    return rejected([
      {
        field: null,
        message: `A bulk query operation for this app and shop is already in progress: ${running[0]?.id ?? ''}.`,
        code: 'OPERATION_IN_PROGRESS',
      },
    ]);
  }
  const bulkCtx = new AdminContext(ctx.runtime, ctx.shopRuntime, ctx.scopes, true);
  const result = await execute({
    schema,
    document: prepared.document,
    contextValue: bulkCtx,
    rootValue: {},
    fieldResolver,
  });
  const { lines, rootCount } = toJsonl(walk, prepared.operation, result.data);
  const denied = result.errors?.some((error) => error.extensions['code'] === 'ACCESS_DENIED');
  const failure = result.errors
    ? {
        errorCode: denied ? ('ACCESS_DENIED' as const) : ('INTERNAL_SERVER_ERROR' as const),
        linesBeforeFailure: lines.length,
      }
    : null;
  return {
    bulkOperation: newBulkOperation(ctx, 'QUERY', query, { lines, rootCount, failure }),
    userErrors: [],
  };
}
