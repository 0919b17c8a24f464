import { getNamedType, isObjectType, type GraphQLObjectType, type SelectionSetNode } from 'graphql';
import { MUTATION_COST, payloadObjectCost } from './cost-rules.js';
import { fieldsOf, mergedSelection, type WalkContext } from './selection.js';

/**
 * A mutation operation's cost, requested and actual alike (Shopify reported them equal in every observation):
 * per mutation field 10, plus each object its payload selects directly (cost-rules.ts says which are free).
 */
export function mutationCost(
  ctx: WalkContext,
  mutation: GraphQLObjectType,
  selectionSet: SelectionSetNode,
): number {
  let total = 0;
  for (const nodes of fieldsOf(ctx, mutation, selectionSet).values()) {
    total += MUTATION_COST;
    const definition = nodes[0] ? mutation.getFields()[nodes[0].name.value] : undefined;
    const payload = definition ? getNamedType(definition.type) : undefined;
    if (!payload || !isObjectType(payload)) continue;
    for (const [, children] of fieldsOf(ctx, payload, mergedSelection(nodes))) {
      const child = children[0] ? payload.getFields()[children[0].name.value] : undefined;
      if (child) total += payloadObjectCost(getNamedType(child.type));
    }
  }
  return total;
}
