/**
 * Requested (static) query cost, computed before execution from the document alone — Shopify: "Estimated
 * costs are a static calculation (idempotent to input)" (community.shopify.dev/t/24364). Rules and sources:
 * cost-rules.ts and connection-multiplier.ts. The same walk enforces the page-size rules, because both need
 * every connection's `first`/`last`:
 * - "You can retrieve up to a maximum of 250 resources" (https://shopify.dev/docs/api/usage/pagination-graphql);
 * - a connection must be given `first` or `last` (Shopify answers "you must provide one of first or last").
 *   Bulk operations ignore both rules (checkPages: false).
 */
import {
  getNamedType,
  isAbstractType,
  isLeafType,
  isObjectType,
  type FieldNode,
  type GraphQLObjectType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { CONNECTION_BASE_COST, isConnectionType, objectOwnCost } from './cost-rules.js';
import { mutationCost } from './mutation-cost.js';
import { MAX_PAGE_SIZE, connectionMultiplier } from './connection-multiplier.js';
import { argumentsOf, candidateTypes, fieldsOf, mergedSelection, type WalkContext } from './selection.js';

export interface PageProblem {
  readonly message: string;
  readonly path: readonly string[];
  readonly locations: readonly { line: number; column: number }[];
  readonly code: string;
}

export interface RequestedCost {
  readonly cost: number;
  readonly problems: readonly PageProblem[];
}

export function requestedCost(
  ctx: WalkContext,
  operation: OperationDefinitionNode,
  options: { checkPages: boolean },
): RequestedCost {
  const walk = new RequestedCostWalk(ctx, options.checkPages);
  const root = operation.operation === 'mutation' ? ctx.schema.getMutationType() : ctx.schema.getQueryType();
  const cost = !root
    ? 0
    : operation.operation === 'mutation'
      ? mutationCost(ctx, root, operation.selectionSet)
      : walk.selection(root, operation.selectionSet, []);
  return { cost, problems: walk.problems };
}

class RequestedCostWalk {
  readonly problems: PageProblem[] = [];

  constructor(
    private readonly ctx: WalkContext,
    private readonly checkPages: boolean,
  ) {}

  selection(type: GraphQLObjectType, selectionSet: SelectionSetNode, path: readonly string[]): number {
    let total = 0;
    for (const [key, nodes] of fieldsOf(this.ctx, type, selectionSet)) {
      total += this.field(type, nodes, [...path, key]);
    }
    return total;
  }

  private field(parent: GraphQLObjectType, nodes: readonly FieldNode[], path: readonly string[]): number {
    const [node] = nodes;
    const definition = node ? parent.getFields()[node.name.value] : undefined;
    if (!node || !definition) return 0; // __typename and introspection fields are free
    const named = getNamedType(definition.type);
    if (isLeafType(named)) return 0;
    const sub = mergedSelection(nodes);
    if (isConnectionType(named)) {
      const args = argumentsOf(this.ctx, definition, node);
      const size = this.pageSize(args, node, path);
      const { items, other } = this.connectionParts(named, sub, path);
      return CONNECTION_BASE_COST + connectionMultiplier(size) * items + other;
    }
    if (isAbstractType(named)) {
      const costs = candidateTypes(this.ctx, named, sub).map(
        (type) => objectOwnCost(type) + this.selection(type, sub, path),
      );
      return Math.max(0, ...costs);
    }
    return isObjectType(named) ? objectOwnCost(named) + this.selection(named, sub, path) : 0;
  }

  /** Cost of one connection item (what `edges`/`nodes` select) and of the connection's other fields. */
  private connectionParts(
    connection: GraphQLObjectType,
    sub: SelectionSetNode,
    path: readonly string[],
  ): { items: number; other: number } {
    let items = 0;
    let other = 0;
    for (const [key, nodes] of fieldsOf(this.ctx, connection, sub)) {
      const name = nodes[0]?.name.value;
      const edgeType =
        name === 'edges' ? getNamedType(connection.getFields()['edges']?.type ?? connection) : undefined;
      if (edgeType && isObjectType(edgeType))
        items += this.selection(edgeType, mergedSelection(nodes), [...path, key]);
      else if (name === 'nodes') items += this.field(connection, nodes, [...path, key]);
      else other += this.field(connection, nodes, [...path, key]);
    }
    return { items, other };
  }

  private pageSize(args: Record<string, unknown>, node: FieldNode, path: readonly string[]): number {
    const first = typeof args['first'] === 'number' ? args['first'] : undefined;
    const last = typeof args['last'] === 'number' ? args['last'] : undefined;
    const size = first ?? last;
    if (!this.checkPages) return size ?? 0;
    const locations = node.loc
      ? [{ line: node.loc.startToken.line, column: node.loc.startToken.column }]
      : [];
    if (size === undefined) {
      this.problems.push({
        message: 'you must provide one of first or last',
        path,
        locations,
        code: 'BAD_REQUEST',
      });
    } else if (Math.max(first ?? 0, last ?? 0) > MAX_PAGE_SIZE || size < 0) {
      this.problems.push({
        message: `Page size of '${node.name.value}' must be between 0 and ${MAX_PAGE_SIZE}, got ${size}. Use a bulk operation for larger volumes.`,
        path,
        locations,
        code: 'BAD_REQUEST',
      });
    }
    return size ?? 0;
  }
}
