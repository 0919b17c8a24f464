/**
 * The static cost table (https://shopify.dev/docs/apps/build/apis/graphql-admin/rate-limits, "Cost
 * calculation"): scalar 0, enum 0, object 1, interface/union = maximum of the possible selections,
 * connection "sized by first and last", mutation 10. Plus what the observations in
 * __fixtures__/observed-costs.ts force:
 * - `pageInfo` costs 0 and a connection's `edges` wrapper adds nothing (products(first: 1){edges{node{title}}} = 3).
 * - Money value objects (MoneyBag, MoneyV2) cost 0: the live-measured OrdersInRange query (651) only adds up
 *   with its seven `…Set { shopMoney { amount } }` selections free; community reports list `unitCost` (MoneyV2)
 *   among zero-cost fields. Other value-like objects (MailingAddress, SelectedOption, Attribute, Count) are
 *   charged 1 like any object — the 651 figure needs `shippingAddress` at 1. That split is inferred, not documented.
 * - A mutation costs 10, plus 1 for each object its payload selects directly; objects nested deeper in the payload
 *   are free. Observed: 11 for inventoryAdjustQuantities, inventorySetQuantities (inventoryAdjustmentGroup with its
 *   `changes`), stagedUploadsCreate (stagedTargets with `parameters`), draftOrderCalculate (calculatedDraftOrder with
 *   `taxLines`), fulfillmentCreateV2 (fulfillment with its `order`); 10 for metafieldDelete (deletedId only,
 *   requestedChildrenCost 0) and bulkOperationRunQuery (bulkOperation selected: so BulkOperation is free here),
 *   userErrors never adding. Inferred from those seven, not documented. Known gaps (README): productCreateMedia
 *   was charged 20 for two media (Shopify says some mutations scale with input size; not emulated), and payloads
 *   selecting two objects were never observed.
 */
import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';

export const MUTATION_COST = 10;
/** Payload object types a mutation does not charge for (observed), besides user-error types. */
export const FREE_PAYLOAD_TYPES: ReadonlySet<string> = new Set(['BulkOperation']);

/** What a mutation payload's direct child of this type adds to the mutation's 10. */
export function payloadObjectCost(type: GraphQLNamedType): number {
  if (!isObjectType(type) && !isInterfaceType(type) && !isUnionType(type)) return 0;
  return FREE_PAYLOAD_TYPES.has(type.name) || type.name.endsWith('UserError') ? 0 : 1;
}
export const CONNECTION_BASE_COST = 2;
export const ZERO_COST_TYPES: ReadonlySet<string> = new Set(['PageInfo', 'MoneyBag', 'MoneyV2']);

/** What an object of this type costs by itself (its children are added separately). */
export function objectOwnCost(type: GraphQLObjectType): number {
  return ZERO_COST_TYPES.has(type.name) ? 0 : 1;
}

/** Relay connection: `XConnection` with `pageInfo` and `edges` or `nodes`. */
export function isConnectionType(type: GraphQLNamedType): type is GraphQLObjectType {
  if (!isObjectType(type) || !type.name.endsWith('Connection')) return false;
  const fields = type.getFields();
  return 'pageInfo' in fields && ('edges' in fields || 'nodes' in fields);
}

/** The node type of a connection (through `nodes` or `edges.node`). */
export function connectionNodeType(connection: GraphQLObjectType): GraphQLNamedType | undefined {
  const fields = connection.getFields();
  const nodes = fields['nodes'];
  if (nodes) return getNamedType(nodes.type);
  const edges = fields['edges'];
  const edgeType = edges ? getNamedType(edges.type) : undefined;
  return edgeType && isObjectType(edgeType)
    ? getNamedType(edgeType.getFields()['node']?.type ?? edgeType)
    : undefined;
}
