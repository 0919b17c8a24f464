/**
 * A bulk query's result as Shopify's JSONL (https://shopify.dev/docs/api/usage/bulk-operations/queries#the-jsonl-data-format):
 * one line per connection item; nested connections are taken out of their parent and written as their own
 * lines carrying `__parentId` (the id of the nearest enclosing connection item), after their parent's line.
 * `pageInfo`, `cursor` and the `edges`/`node` wrappers do not appear. The selection is compiled into a plan
 * once, so writing tens of thousands of items does not re-walk the document per item.
 */
import {
  getNamedType,
  isObjectType,
  type GraphQLObjectType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { connectionNodeType, isConnectionType } from '../../engine/cost/cost-rules.js';
import { fieldsOf, mergedSelection, type WalkContext } from '../../engine/cost/selection.js';
import { itemSelection } from './bulk-query-shape.js';

type Data = Record<string, unknown>;

export interface JsonlResult {
  readonly lines: string[];
  readonly rootCount: number;
}

type FieldPlan =
  | { readonly key: string; readonly kind: 'value' }
  | { readonly key: string; readonly kind: 'object'; readonly fields: readonly FieldPlan[] }
  | { readonly key: string; readonly kind: 'connection'; readonly item: readonly FieldPlan[] };

function planObject(ctx: WalkContext, type: GraphQLObjectType, selection: SelectionSetNode): FieldPlan[] {
  const plans: FieldPlan[] = [];
  for (const [key, nodes] of fieldsOf(ctx, type, selection)) {
    const definition = nodes[0] ? type.getFields()[nodes[0].name.value] : undefined;
    const named = definition ? getNamedType(definition.type) : undefined;
    if (named && isConnectionType(named))
      plans.push({ key, kind: 'connection', item: planItem(ctx, named, mergedSelection(nodes)) });
    else if (named && isObjectType(named))
      plans.push({ key, kind: 'object', fields: planObject(ctx, named, mergedSelection(nodes)) });
    else plans.push({ key, kind: 'value' });
  }
  return plans;
}

function planItem(ctx: WalkContext, connection: GraphQLObjectType, sub: SelectionSetNode): FieldPlan[] {
  const itemType = connectionNodeType(connection);
  return itemType && isObjectType(itemType)
    ? planObject(ctx, itemType, itemSelection(ctx, connection, sub))
    : [];
}

export function toJsonl(
  ctx: WalkContext,
  operation: OperationDefinitionNode,
  data: Data | null | undefined,
): JsonlResult {
  const query = ctx.schema.getQueryType();
  const lines: string[] = [];
  let rootCount = 0;
  if (!query || !data) return { lines, rootCount };
  for (const plan of planObject(ctx, query, operation.selectionSet)) {
    if (plan.kind === 'connection') rootCount += emitItems(plan.item, data[plan.key], null, lines);
  }
  return { lines, rootCount };
}

function itemsOf(value: unknown): Data[] {
  if (!value || typeof value !== 'object') return [];
  const connection = value as { nodes?: unknown; edges?: unknown };
  const items = Array.isArray(connection.nodes)
    ? (connection.nodes as Data[])
    : Array.isArray(connection.edges)
      ? (connection.edges as { node: Data }[]).map((edge) => edge.node)
      : [];
  return items.filter(Boolean);
}

/** Writes the items of one connection (each followed by its nested connections); returns how many items. */
function emitItems(
  item: readonly FieldPlan[],
  value: unknown,
  parentId: string | null,
  lines: string[],
): number {
  const items = itemsOf(value);
  for (const entry of items) {
    const nested: (() => void)[] = [];
    const id = typeof entry['id'] === 'string' ? entry['id'] : parentId;
    const flat = flatten(item, entry, id, nested, lines);
    lines.push(JSON.stringify(parentId === null ? flat : { ...flat, __parentId: parentId }));
    for (const write of nested) write();
  }
  return items.length;
}

/** Copy an object's planned fields, deferring nested connections (written after the parent line). */
function flatten(
  plans: readonly FieldPlan[],
  value: Data,
  ownerId: string | null,
  nested: (() => void)[],
  lines: string[],
): Data {
  const out: Data = {};
  for (const plan of plans) {
    const fieldValue = value[plan.key];
    if (plan.kind === 'connection') nested.push(() => void emitItems(plan.item, fieldValue, ownerId, lines));
    else if (
      plan.kind === 'object' &&
      fieldValue &&
      typeof fieldValue === 'object' &&
      !Array.isArray(fieldValue)
    )
      out[plan.key] = flatten(plan.fields, fieldValue as Data, ownerId, nested, lines);
    else if (fieldValue !== undefined) out[plan.key] = fieldValue;
  }
  return out;
}
