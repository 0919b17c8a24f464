/**
 * Bulk operation root fields, mutations and the BulkOperation type. A bulk operation executes its document with
 * the Admin field resolver, which these resolvers are part of: it is passed in (a thunk, read when an operation
 * runs) rather than imported, so resolvers.ts and this folder do not import each other.
 */
import type { GraphQLFieldResolver } from 'graphql';
import type { BulkOperationRecord } from '../../state/records.js';
import type { ResolverMap } from '../../engine/field-resolver.js';
import type { AdminContext } from '../context.js';
import { bulkOperationRunMutation } from './bulk-run-mutation.js';
import { bulkOperationRunQuery } from './bulk-run-query.js';
import { stagedUploadsCreate } from './staged-uploads.js';

const op = (source: unknown): BulkOperationRecord => source as BulkOperationRecord;
const fileUrl = (ctx: AdminContext, fileId: string | null): string | null =>
  fileId ? `${ctx.runtime.baseUrl(ctx.shop.shop.domain)}/bulk/${fileId}.jsonl` : null;

export const bulkResolvers = (
  fieldResolver: () => GraphQLFieldResolver<unknown, AdminContext>,
): ResolverMap<AdminContext> => ({
  QueryRoot: {
    currentBulkOperation: (_s, args, ctx) =>
      [...ctx.shop.bulkOperations].reverse().find((o) => o.type === (args['type'] ?? 'QUERY')) ?? null,
    bulkOperation: (_s, args, ctx) => ctx.shop.bulkOperations.find((o) => o.id === args['id']) ?? null,
  },
  Mutation: {
    bulkOperationRunQuery: (_s, args, ctx) =>
      bulkOperationRunQuery(String(args['query']), ctx, fieldResolver()),
    bulkOperationRunMutation: (_s, args, ctx) =>
      bulkOperationRunMutation(
        String(args['mutation']),
        String(args['stagedUploadPath']),
        ctx,
        fieldResolver(),
      ),
    stagedUploadsCreate: (_s, args, ctx) =>
      stagedUploadsCreate(args['input'] as Parameters<typeof stagedUploadsCreate>[0], ctx),
    bulkOperationCancel: (_s, args, ctx) => {
      const found = ctx.shop.bulkOperations.find((o) => o.id === args['id']);
      if (!found || (found.status !== 'CREATED' && found.status !== 'RUNNING')) {
        return {
          bulkOperation: found ?? null,
          userErrors: [
            {
              field: ['id'],
              message: found
                ? `A bulk operation cannot be canceled when it is ${found.status.toLowerCase()}`
                : 'Bulk operation does not exist',
            },
          ],
        };
      }
      found.status = 'CANCELED';
      found.completedAt = ctx.nowIso();
      return { bulkOperation: found, userErrors: [] };
    },
  },
  BulkOperation: {
    url: (s, _a, ctx) => fileUrl(ctx, op(s).fileId),
    partialDataUrl: (s, _a, ctx) => fileUrl(ctx, op(s).partialFileId),
    objectCount: (s) => String(op(s).objectCount),
    rootObjectCount: (s) => String(op(s).rootObjectCount),
    fileSize: (s) => (op(s).fileSize === null ? null : String(op(s).fileSize)),
  },
});
