/**
 * What a bulk query may look like (https://shopify.dev/docs/api/usage/bulk-operations/queries#operation-restrictions):
 * at least one connection, at most five connections, nested connections at most two levels deep, no
 * top-level `node`/`nodes`; and (so `__parentId` can be written) every object that contains a nested
 * connection selects its `id`. Checked on the parsed, schema-valid document; messages are ours, the
 * userError code is Shopify's INVALID.
 */
import {
  Kind,
  getNamedType,
  isObjectType,
  type FieldNode,
  type GraphQLObjectType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { connectionNodeType, isConnectionType } from '../../engine/cost/cost-rules.js';
import { fieldsOf, mergedSelection, type WalkContext } from '../../engine/cost/selection.js';

export const MAX_BULK_CONNECTIONS = 5;
export const MAX_BULK_DEPTH = 2;

export function bulkQueryProblems(ctx: WalkContext, operation: OperationDefinitionNode): string[] {
  const query = ctx.schema.getQueryType();
  if (operation.operation !== 'query' || !query) return ['Bulk queries must be a query operation.'];
  const problems: string[] = [];
  let connections = 0;
  let deepest = 0;
  const visit = (
    type: GraphQLObjectType,
    selectionSet: SelectionSetNode,
    depth: number,
    parentHasId: boolean,
  ): void => {
    for (const [, nodes] of fieldsOf(ctx, type, selectionSet)) {
      const definition = nodes[0] ? type.getFields()[nodes[0].name.value] : undefined;
      if (!definition) continue;
      const named = getNamedType(definition.type);
      const sub = mergedSelection(nodes);
      if (isConnectionType(named)) {
        connections += 1;
        deepest = Math.max(deepest, depth + 1);
        if (depth > 0 && !parentHasId)
          problems.push(`The object containing the nested connection '${definition.name}' must select 'id'.`);
        const item = connectionNodeType(named);
        if (item && isObjectType(item))
          visit(item, itemSelection(ctx, named, sub), depth + 1, selectsId(sub, ctx, named));
      } else if (isObjectType(named)) {
        visit(named, sub, depth, parentHasId);
      }
    }
  };
  for (const [, nodes] of fieldsOf(ctx, query, operation.selectionSet)) {
    const name = nodes[0]?.name.value;
    if (name === 'node' || name === 'nodes')
      problems.push('The top-level node and nodes fields cannot be used in bulk queries.');
    const definition = name ? query.getFields()[name] : undefined;
    if (definition && !isConnectionType(getNamedType(definition.type)))
      problems.push(`Bulk queries must select connections at the top level; '${name}' is not a connection.`);
  }
  visit(query, operation.selectionSet, 0, false);
  if (connections === 0) problems.push('Bulk queries must contain at least one connection.');
  if (connections > MAX_BULK_CONNECTIONS)
    problems.push(
      `Bulk queries cannot contain more than ${MAX_BULK_CONNECTIONS} connections (found ${connections}).`,
    );
  if (deepest > MAX_BULK_DEPTH)
    problems.push(
      `Bulk queries cannot nest connections more than ${MAX_BULK_DEPTH} levels deep (found ${deepest}).`,
    );
  return problems;
}

/** The selection applied to each connection item (`edges { node { … } }` and `nodes { … }` merged). */
export function itemSelection(
  ctx: WalkContext,
  connection: GraphQLObjectType,
  sub: SelectionSetNode,
): SelectionSetNode {
  const parts: FieldNode[] = [];
  for (const [, nodes] of fieldsOf(ctx, connection, sub)) {
    const name = nodes[0]?.name.value;
    if (name === 'nodes') parts.push(...nodes);
    if (name === 'edges') {
      const edgeType = getNamedType(connection.getFields()['edges']?.type ?? connection);
      if (isObjectType(edgeType))
        for (const [, edgeNodes] of fieldsOf(ctx, edgeType, mergedSelection(nodes)))
          if (edgeNodes[0]?.name.value === 'node') parts.push(...edgeNodes);
    }
  }
  return mergedSelection(parts);
}

function selectsId(sub: SelectionSetNode, ctx: WalkContext, connection: GraphQLObjectType): boolean {
  const item = connectionNodeType(connection);
  if (!item || !isObjectType(item)) return false;
  return [...fieldsOf(ctx, item, itemSelection(ctx, connection, sub)).values()].some(
    (nodes) => nodes[0]?.kind === Kind.FIELD && nodes[0].name.value === 'id',
  );
}
