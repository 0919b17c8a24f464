/** Reads `@inContext(country:, language:)` from the operation (https://shopify.dev/docs/api/storefront#directives). */
import { getDirectiveValues, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';

export interface BuyerContext {
  readonly country: string | undefined;
  readonly language: string | undefined;
}

export function buyerContext(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): BuyerContext {
  const directive = schema.getDirective('inContext');
  const values = directive ? getDirectiveValues(directive, operation, variables) : undefined;
  const country = typeof values?.['country'] === 'string' ? values['country'] : undefined;
  const language =
    typeof values?.['language'] === 'string' ? values['language'].toLowerCase().replace('_', '-') : undefined;
  return { country, language };
}
