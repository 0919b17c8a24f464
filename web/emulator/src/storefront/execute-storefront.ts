/**
 * One Storefront GraphQL request: parse → validate → page rules → @inContext → execute. The Storefront API has no
 * calculated-cost bucket for these reads, so no `extensions.cost` is returned; errors are Shopify-shaped
 * like the Admin API's.
 */
import { execute, type GraphQLFieldResolver } from 'graphql';
import { requestedCost } from '../engine/cost/requested-cost.js';
import { prepareDocument } from '../engine/document.js';
import { makeFieldResolver } from '../engine/field-resolver.js';
import { formatExecutionError } from '../engine/graphql-errors.js';
import type { EngineRuntime } from '../engine/runtime.js';
import { LATEST_API_VERSION, type ImplementedApiVersion } from '../engine/api-versions.js';
import { storefrontSchema } from '../engine/schemas.js';
import type { EngineResponse, GraphqlBody } from '../engine/types.js';
import type { StorefrontContext } from './context.js';
import { currencyForCountry } from './fx.js';
import { buyerContext } from './in-context.js';
import { storefrontResolvers } from './storefront-resolvers.js';

let fieldResolver: GraphQLFieldResolver<unknown, StorefrontContext> | undefined;

export async function executeStorefront(
  runtime: EngineRuntime,
  domain: string,
  body: GraphqlBody,
  apiVersion: ImplementedApiVersion = LATEST_API_VERSION,
): Promise<EngineResponse> {
  const shopRuntime = runtime.shops.get(domain);
  if (!shopRuntime) return { status: 404, body: { errors: 'Not Found' } };
  const schema = storefrontSchema(apiVersion);
  const prepared = prepareDocument(schema, body);
  if (prepared.kind === 'errors') return { status: 200, body: { errors: prepared.errors } };
  // Same page rules as the Admin API: first/last required, at most 250 (the Storefront API has no cost bucket).
  const pages = requestedCost(
    { schema, fragments: prepared.fragments, variables: prepared.variables },
    prepared.operation,
    { checkPages: true },
  );
  if (pages.problems.length > 0) {
    return {
      status: 200,
      body: { errors: pages.problems.map(({ code, ...rest }) => ({ ...rest, extensions: { code } })) },
    };
  }
  const buyer = buyerContext(schema, prepared.operation, prepared.variables);
  const shop = shopRuntime.state;
  const context: StorefrontContext = {
    runtime,
    shop,
    country: buyer.country,
    language: buyer.language,
    currency: currencyForCountry(buyer.country, shop.shop.currencyCode),
    bulk: false,
  };
  fieldResolver ??= makeFieldResolver(storefrontResolvers);
  const result = await execute({
    schema,
    document: prepared.document,
    operationName: prepared.operation.name?.value ?? null,
    variableValues: body.variables ?? {},
    contextValue: context,
    rootValue: {},
    fieldResolver,
  });
  return {
    status: 200,
    body: {
      ...(result.errors ? { errors: result.errors.map(formatExecutionError) } : {}),
      data: result.data ?? null,
    },
    headers: { 'content-type': 'application/json' },
  };
}
