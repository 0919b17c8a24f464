/**
 * One Admin GraphQL request, Shopify's way: parse → validate → requested cost (page rules, 1,000 cap) →
 * leaky bucket → execute → actual cost → refund → `extensions.cost`. Every outcome is HTTP 200 with a
 * GraphQL body, as Shopify answers (https://shopify.dev/docs/api/admin-graphql, "Status and error codes"),
 * except an unknown shop (404, `{"errors":"Not Found"}`).
 */
import { execute } from 'graphql';
import { actualCost } from '../engine/cost/actual-cost.js';
import { requestedCost } from '../engine/cost/requested-cost.js';
import {
  MAX_SINGLE_QUERY_COST,
  maxCostExceededBody,
  throttledBody,
} from '../engine/cost/throttle-responses.js';
import { prepareDocument } from '../engine/document.js';
import { formatExecutionError } from '../engine/graphql-errors.js';
import type { EngineRuntime } from '../engine/runtime.js';
import type { ImplementedApiVersion } from '../engine/api-versions.js';
import { adminSchema } from '../engine/schemas.js';
import type { EngineResponse, GraphqlBody } from '../engine/types.js';
import { settleBulkOperations } from './bulk/bulk-settle.js';
import { AdminContext } from './context.js';
import { adminFieldResolver } from './resolvers.js';

const ok = (body: Record<string, unknown>): EngineResponse => ({
  status: 200,
  body,
  headers: { 'content-type': 'application/json' },
});

export async function executeAdmin(
  runtime: EngineRuntime,
  domain: string,
  body: GraphqlBody,
  request: { apiVersion: ImplementedApiVersion; scopes: readonly string[] },
): Promise<EngineResponse> {
  const shopRuntime = runtime.shops.get(domain);
  if (!shopRuntime) return { status: 404, body: { errors: 'Not Found' } };
  settleBulkOperations(runtime, shopRuntime);
  const schema = adminSchema(request.apiVersion);
  const prepared = prepareDocument(schema, body);
  if (prepared.kind === 'errors') return ok({ errors: prepared.errors });

  const walk = { schema, fragments: prepared.fragments, variables: prepared.variables };
  const requested = requestedCost(walk, prepared.operation, { checkPages: true });
  const { bucket, faults } = shopRuntime;
  if (requested.problems.length > 0) {
    return ok({ errors: requested.problems.map(({ code, ...rest }) => ({ ...rest, extensions: { code } })) });
  }
  if (requested.cost > MAX_SINGLE_QUERY_COST)
    return ok(maxCostExceededBody(requested.cost, bucket.status(runtime.now())));
  if (faults.consumeThrottle() || !bucket.take(requested.cost, runtime.now())) {
    return ok(throttledBody(requested.cost, bucket.status(runtime.now())));
  }

  const ctx = new AdminContext(runtime, shopRuntime, new Set(request.scopes));
  const result = await execute({
    schema,
    document: prepared.document,
    operationName: prepared.operation.name?.value ?? null,
    variableValues: body.variables ?? {},
    contextValue: ctx,
    rootValue: {},
    fieldResolver: adminFieldResolver(),
  });
  const actual = Math.min(requested.cost, actualCost(walk, prepared.operation, result.data));
  bucket.refund(requested.cost - actual, runtime.now());
  const extensions: Record<string, unknown> = {
    cost: {
      requestedQueryCost: requested.cost,
      actualQueryCost: actual,
      throttleStatus: bucket.status(runtime.now()),
    },
  };
  if (ctx.searchWarnings.length > 0) extensions['search'] = ctx.searchWarnings;
  return ok({
    ...(result.errors ? { errors: result.errors.map(formatExecutionError) } : {}),
    data: result.data ?? null,
    extensions,
  });
}
