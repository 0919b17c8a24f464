/**
 * Actual cost, computed from what execution returned — Shopify: "The actual cost is based on the results
 * returned, since the query can end early due to an object type field returning null, or connection fields
 * can return fewer edges than requested" (https://help.shopify.com/en/api/graphql-admin-api/call-limit), and
 * "a dynamic calculation based on response size that informs a partial throttle refund" (community.shopify.dev/t/24364).
 * Model (same rules as requested-cost.ts, applied to the data):
 * - a connection that returned k items costs 2 + multiplier(k) × (its most expensive item); 2 when empty or
 *   failed (observed: customers(first: 200) empty → 2; an ACCESS_DENIED orders connection → 2);
 * - a null object still costs its own 1 (observed: `product` null → actual 1 of requested 25);
 * - a list of objects costs 1 + its most expensive element.
 * Uncertain: the max-over-items choice fits the one multi-item sample we have (graphql-ruby Variant.json,
 * 2 variants → 13 of 113) but Shopify may sum differently for heterogeneous items.
 */
import {
  getNamedType,
  isAbstractType,
  isLeafType,
  isObjectType,
  type FieldNode,
  type GraphQLAbstractType,
  type GraphQLObjectType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { CONNECTION_BASE_COST, isConnectionType, objectOwnCost } from './cost-rules.js';
import { mutationCost } from './mutation-cost.js';
import { connectionMultiplier } from './connection-multiplier.js';
import { candidateTypes, fieldsOf, mergedSelection, type WalkContext } from './selection.js';

type Data = Record<string, unknown>;

const asData = (value: unknown): Data | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : undefined;

export function actualCost(ctx: WalkContext, operation: OperationDefinitionNode, data: unknown): number {
  const mutation = ctx.schema.getMutationType();
  if (operation.operation === 'mutation' && mutation) {
    return mutationCost(ctx, mutation, operation.selectionSet);
  }
  const query = ctx.schema.getQueryType();
  return query ? selectionActual(ctx, query, operation.selectionSet, asData(data)) : 0;
}

function selectionActual(
  ctx: WalkContext,
  type: GraphQLObjectType,
  selectionSet: SelectionSetNode,
  data: Data | undefined,
): number {
  let total = 0;
  for (const [key, nodes] of fieldsOf(ctx, type, selectionSet))
    total += fieldActual(ctx, type, nodes, data?.[key]);
  return total;
}

function fieldActual(
  ctx: WalkContext,
  parent: GraphQLObjectType,
  nodes: readonly FieldNode[],
  value: unknown,
): number {
  const definition = nodes[0] ? parent.getFields()[nodes[0].name.value] : undefined;
  if (!definition) return 0;
  const named = getNamedType(definition.type);
  if (isLeafType(named)) return 0;
  const sub = mergedSelection(nodes);
  if (isConnectionType(named)) return connectionActual(ctx, named, sub, asData(value));
  if (Array.isArray(value)) {
    const elements = value.map((element) => objectActual(ctx, named, sub, asData(element)) - 1);
    return 1 + Math.max(0, ...elements);
  }
  return objectActual(ctx, named, sub, asData(value));
}

function objectActual(
  ctx: WalkContext,
  named: ReturnType<typeof getNamedType>,
  sub: SelectionSetNode,
  value: Data | undefined,
): number {
  if (isAbstractType(named)) {
    if (!value) return 1;
    const type = runtimeTypeOf(ctx, named, sub, value);
    return type ? objectOwnCost(type) + selectionActual(ctx, type, sub, value) : 1;
  }
  if (!isObjectType(named)) return 0;
  return objectOwnCost(named) + (value ? selectionActual(ctx, named, sub, value) : 0);
}

function connectionActual(
  ctx: WalkContext,
  connection: GraphQLObjectType,
  sub: SelectionSetNode,
  value: Data | undefined,
): number {
  if (!value) return CONNECTION_BASE_COST;
  const itemCosts: number[] = [];
  let other = 0;
  const add = (index: number, cost: number): void => {
    itemCosts[index] = (itemCosts[index] ?? 0) + cost;
  };
  for (const [key, nodes] of fieldsOf(ctx, connection, sub)) {
    const name = nodes[0]?.name.value;
    const field = name ? connection.getFields()[name] : undefined;
    const list = Array.isArray(value[key]) ? (value[key] as unknown[]) : [];
    const itemType = field ? getNamedType(field.type) : undefined;
    if (name === 'edges' && itemType && isObjectType(itemType)) {
      list.forEach((edge, index) =>
        add(index, selectionActual(ctx, itemType, mergedSelection(nodes), asData(edge))),
      );
    } else if (name === 'nodes' && itemType) {
      list.forEach((node, index) =>
        add(index, objectActual(ctx, itemType, mergedSelection(nodes), asData(node))),
      );
    } else {
      other += fieldActual(ctx, connection, nodes, value[key]);
    }
  }
  const count = itemCosts.length;
  return CONNECTION_BASE_COST + connectionMultiplier(count) * Math.max(0, ...itemCosts) + other;
}

/** The concrete type whose selected fields best match the returned object (the data carries no type). */
function runtimeTypeOf(
  ctx: WalkContext,
  abstract: GraphQLAbstractType,
  sub: SelectionSetNode,
  value: Data,
): GraphQLObjectType | undefined {
  const typename = value['__typename'];
  if (typeof typename === 'string') {
    const type = ctx.schema.getType(typename);
    if (type && isObjectType(type)) return type;
  }
  let best: { type: GraphQLObjectType; keys: number } | undefined;
  for (const type of candidateTypes(ctx, abstract, sub)) {
    const keys = [...fieldsOf(ctx, type, sub).keys()];
    if (keys.every((key) => key in value) && (!best || keys.length > best.keys))
      best = { type, keys: keys.length };
  }
  return best?.type;
}
