/** Selection helpers shared by the requested- and actual-cost walks (fragments, @skip/@include, merging). */
import {
  Kind,
  getArgumentValues,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLAbstractType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { collectFields } from 'graphql/execution/collectFields.js';

export interface WalkContext {
  readonly schema: GraphQLSchema;
  readonly fragments: Record<string, FragmentDefinitionNode>;
  readonly variables: Record<string, unknown>;
}

/** Response key → field nodes selected on `type` (graphql-js's own rules, so the walk agrees with execution). */
export function fieldsOf(
  ctx: WalkContext,
  type: GraphQLObjectType,
  selectionSet: SelectionSetNode,
): Map<string, readonly FieldNode[]> {
  return collectFields(ctx.schema, ctx.fragments, ctx.variables, type, selectionSet);
}

/** The sub-selections of several same-key field nodes as one selection set. */
export function mergedSelection(nodes: readonly FieldNode[]): SelectionSetNode {
  return {
    kind: Kind.SELECTION_SET,
    selections: nodes.flatMap((node) => node.selectionSet?.selections ?? []),
  };
}

/** Coerced arguments of a field node (variables applied, defaults filled). Invalid values read as empty. */
export function argumentsOf(
  ctx: WalkContext,
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
): Record<string, unknown> {
  try {
    return getArgumentValues(field, node, ctx.variables);
  } catch {
    return {};
  }
}

/** Object types named in fragment type conditions anywhere inside `selectionSet` (one level of fields). */
function namedConditions(ctx: WalkContext, selectionSet: SelectionSetNode, into: Set<string>): Set<string> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (selection.typeCondition) into.add(selection.typeCondition.name.value);
      namedConditions(ctx, selection.selectionSet, into);
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = ctx.fragments[selection.name.value];
      if (fragment) {
        into.add(fragment.typeCondition.name.value);
        namedConditions(ctx, fragment.selectionSet, into);
      }
    }
  }
  return into;
}

const SMALL_ABSTRACT = 64;

/**
 * Concrete types to price for an interface/union ("maximum of possible selections"). Small abstract types:
 * all of them. Large ones (Node has ~200 implementations): the types the query names plus one unnamed type,
 * which stands for every type the query does not single out.
 */
export function candidateTypes(
  ctx: WalkContext,
  abstract: GraphQLAbstractType,
  selectionSet: SelectionSetNode,
): readonly GraphQLObjectType[] {
  const possible = ctx.schema.getPossibleTypes(abstract);
  if (possible.length <= SMALL_ABSTRACT) return possible;
  const named = namedConditions(ctx, selectionSet, new Set());
  const chosen = possible.filter((type) => named.has(type.name));
  const generic = possible.find((type) => !named.has(type.name));
  return generic && isObjectType(generic) ? [...chosen, generic] : chosen;
}
