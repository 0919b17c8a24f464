/**
 * Parse, validate and pick the operation of a GraphQL request, answering every problem in Shopify's shape.
 * Variables are coerced here once, because the cost walk needs the same values execution will see.
 */
import {
  GraphQLError,
  Kind,
  getOperationAST,
  getVariableValues,
  parse,
  print,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { indexDocumentPaths } from './ast-paths.js';
import { toShopifySyntaxError, toShopifyValidationError, type ShopifyError } from './graphql-errors.js';
import type { GraphqlBody } from './types.js';

/** Protects the engine from pathological documents (graphql-js counts tokens while parsing). */
const MAX_TOKENS = 50_000;

export type PreparedDocument =
  | { readonly kind: 'errors'; readonly errors: readonly ShopifyError[] }
  | {
      readonly kind: 'ok';
      readonly document: DocumentNode;
      readonly operation: OperationDefinitionNode;
      readonly fragments: Record<string, FragmentDefinitionNode>;
      /** Coerced variable values (what resolvers and the cost walk see). */
      readonly variables: Record<string, unknown>;
    };

const fail = (message: string, extensions?: Record<string, unknown>): PreparedDocument => ({
  kind: 'errors',
  errors: [{ message, ...(extensions ? { extensions } : {}) }],
});

/** `coerceVariables: false` checks the document only (bulk mutations bring their variables per line). */
export function prepareDocument(
  schema: GraphQLSchema,
  body: GraphqlBody,
  options: { coerceVariables?: boolean } = {},
): PreparedDocument {
  if (typeof body.query !== 'string' || body.query.trim() === '') return fail('No query string was present');
  let document: DocumentNode;
  try {
    document = parse(body.query, { maxTokens: MAX_TOKENS });
  } catch (error) {
    if (error instanceof GraphQLError) return { kind: 'errors', errors: [toShopifySyntaxError(error)] };
    throw error;
  }
  const validationErrors = validate(schema, document);
  if (validationErrors.length > 0) {
    const paths = indexDocumentPaths(document);
    return {
      kind: 'errors',
      errors: validationErrors.map((error) => toShopifyValidationError(error, paths)),
    };
  }
  const operation = getOperationAST(document, body.operationName ?? undefined);
  if (!operation) {
    return body.operationName
      ? fail(`No operation named "${body.operationName}"`)
      : fail('An operation name is required when sending multiple operations.');
  }
  if (operation.operation === 'subscription')
    return fail('Subscriptions are not supported by the Admin API.');
  const coerced =
    options.coerceVariables === false
      ? { coerced: {} }
      : getVariableValues(schema, operation.variableDefinitions ?? [], body.variables ?? {}, {
          maxErrors: 25,
        });
  if (coerced.errors)
    return { kind: 'errors', errors: coerced.errors.map((error) => toVariableError(error, operation)) };
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return { kind: 'ok', document, operation, fragments, variables: coerced.coerced };
}

/** graphql-ruby: "Variable $first of type Int! was provided invalid value", code INVALID_VARIABLE. */
function toVariableError(error: GraphQLError, operation: OperationDefinitionNode): ShopifyError {
  const name = /^Variable "\$(\w+)"/.exec(error.message)?.[1] ?? 'unknown';
  const definition = operation.variableDefinitions?.find((d) => d.variable.name.value === name);
  const type = definition ? print(definition.type) : undefined;
  return {
    message: `Variable $${name}${type ? ` of type ${type}` : ''} was provided invalid value`,
    ...(error.locations ? { locations: error.locations } : {}),
    extensions: { code: 'INVALID_VARIABLE', problems: [{ path: [], explanation: error.message }] },
  };
}
