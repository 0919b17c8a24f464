/**
 * Every real Shopify cost figure we could find, with its source. The cost model must reproduce each
 * `requested` exactly (requested-cost.test.ts); `reconstructed` marks fixtures where part of the query had
 * to be inferred from the recording (said how in `note`). Sources were found with the project's search tool
 * (GitHub code index; community.shopify.dev; shopify.dev). Where the index named no repository, the index
 * file id is given.
 */

export interface ObservedCost {
  readonly name: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  /** Shopify's reported requestedQueryCost. */
  readonly requested: number;
  /** Shopify's reported actualQueryCost, when the recording has one and the returned data is known. */
  readonly actual?: { readonly cost: number; readonly data: unknown };
  readonly source: string;
  /** The query is not valid against Admin 2025-10 (removed field); priced without validation. */
  readonly legacySchema?: boolean;
  readonly reconstructed?: boolean;
  readonly note?: string;
}

const ORDERS_IN_RANGE_NODE = `
  id cancelledAt createdAt
  currentSubtotalPriceSet { shopMoney { amount currencyCode } }
  totalRefundedSet { shopMoney { amount } }
  currentTotalPriceSet { shopMoney { amount } }
  currentTotalTaxSet { shopMoney { amount } }
  currentTotalDiscountsSet { shopMoney { amount } }
  currentShippingPriceSet { shopMoney { amount } }
  totalTipReceivedSet { shopMoney { amount } }
  displayFinancialStatus
  channelInformation { channelDefinition { handle channelName } }
  discountCodes
  customer { id }
  shippingAddress { countryCodeV2 provinceCode city }
  lineItems(first: 50) { edges { node {
    id title quantity
    product { id PRODUCT_EXTRA }
    variant { id sku title }
    originalUnitPriceSet { shopMoney { amount } }
    discountedTotalSet { shopMoney { amount } }
    discountAllocations { allocatedAmountSet { shopMoney { amount } } discountApplication { __typename
      ... on DiscountCodeApplication { code } ... on ManualDiscountApplication { title }
      ... on AutomaticDiscountApplication { title } ... on ScriptDiscountApplication { title } } }
  } } }
  refunds { refundLineItems(first: 50) { edges { node { lineItem { id } subtotalSet { shopMoney { amount } } } } } }`;

const ordersInRange = (productExtra: string): string =>
  `query OrdersInRange($query: String!, $after: String) { orders(first: 250, after: $after, query: $query) {
    edges { node { ${ORDERS_IN_RANGE_NODE.replace('PRODUCT_EXTRA', productExtra)} } } pageInfo { hasNextPage endCursor } } }`;

export const OBSERVED_COSTS: readonly ObservedCost[] = [
  {
    name: 'shopify.dev example: products(first: 1) title',
    query: '{ products(first: 1) { edges { node { title } } } }',
    requested: 3,
    actual: { cost: 3, data: { products: { edges: [{ node: { title: 'Hiking backpack' } }] } } },
    source: 'https://shopify.dev/docs/api/admin-graphql (section "Rate limits", example response)',
  },
  {
    name: 'Shopify engineering blog: shop scalars',
    query: '{ shop { id name timezoneOffsetMinutes } }',
    requested: 1,
    source:
      'https://shopify.engineering/rate-limiting-graphql-apis-calculating-query-complexity ("total query cost is 1")',
    note: 'The blog also selects customerAccounts, a scalar field later removed from the schema; scalars cost 0 either way.',
  },
  {
    name: 'community: product variants(first: 250) inventoryItem',
    query:
      'query getVariantsInventoryItem($id: ID!) { product(id: $id) { variants(first: 250) { nodes { inventoryItem { id tracked } } } } }',
    variables: { id: 'gid://shopify/Product/1' },
    requested: 25,
    actual: { cost: 1, data: { product: null } },
    source:
      'https://community.shopify.dev/t/unexpectedly-low-graphql-query-cost-in-shopify-admin-api-seeking-clarification/23101',
  },
  {
    name: 'BC Shopify connector: customers(first: 200) ids, empty shop',
    query: `{customers(first:200, query: "updated_at:>'2024-01-01T00:00:00Z'"){pageInfo{hasNextPage} edges{cursor node{id updatedAt}}}}`,
    requested: 12,
    actual: { cost: 2, data: { customers: { pageInfo: { hasNextPage: false }, edges: [] } } },
    source:
      'microsoft/ALAppExtensions Apps/W1/Shopify/test/Logs/ShpfySkippedRecordLogTest.Codeunit.al (recorded response) for the query in Apps/W1/Shopify/app/src/GraphQL/Codeunits/ShpfyGQLCustomerIds.Codeunit.al',
    reconstructed: true,
    note: 'The recording is the mocked answer to the CustomerIds query; pairing inferred from the test.',
  },
  {
    name: 'BC Shopify connector: payouts(first: 200)',
    query: '{ shopifyPaymentsAccount { payouts(first: 200, query: "id:1") { nodes { id status } } } }',
    requested: 13,
    source:
      'microsoft/ALAppExtensions Apps/W1/Shopify/app/src/GraphQL/Codeunits/ShpfyGQLPayoutsByIds.Codeunit.al (GetExpectedCost)',
    note: 'An expected cost the connector budgets with, not a raw recording; it matches the log multiplier exactly.',
  },
  {
    name: 'ACCESS_DENIED orders(first: 1)',
    query: 'query { orders(first: 1) { edges { node { id } } } }',
    requested: 3,
    actual: { cost: 2, data: { orders: null } },
    source:
      'public code index file 13291756302 (recorded Shopify error responses: "Access denied for orders field.")',
    reconstructed: true,
    note: 'Only the response was recorded; the query is rebuilt from its error location (line 1, column 9) and cost.',
  },
  {
    name: 'graphql-ruby Shopify estimator: order by id',
    query: `query order($id: ID!) { order(id: $id) { app { id name icon { id height width url } } cancelReason cancelledAt
      channelInformation { id channelId app { id title icon { id height width url } } channelDefinition { id channelName isMarketplace subChannelName } }
      closed closedAt confirmationNumber confirmed createdAt currencyCode currentTotalWeight discountCode discountCodes
      displayFinancialStatus displayFulfillmentStatus dutiesIncluded edited fulfillable fullyPaid id name note poNumber
      presentmentCurrencyCode processedAt publication { id } refundable registeredSourceUrl requiresShipping restockable
      retailLocation { id name } returnStatus sourceIdentifier sourceName tags test totalWeight unpaid updatedAt } }`,
    variables: { id: 'gid://shopify/Order/12345' },
    requested: 9,
    source:
      'hrdwdmrbl/graphql-ruby spec/graphql/analysis/shopify_complexity_spec.rb with spec/support/shopify/queries/order.graphql',
    note: 'The spec asserts an estimator that its integration spec compares with the live API (requestedQueryCost).',
  },
  {
    name: 'graphql-ruby Shopify estimator: orders(first: 250) with lineItems(first: 250)',
    query: `query Orders($first: Int) { orders(first: $first) { nodes { id app { id name icon { id url } } cancelReason cancelledAt
      channelInformation { id channelId app { id title icon { id url } } channelDefinition { id channelName isMarketplace subChannelName } }
      closed createdAt currencyCode name publication { id } retailLocation { id name } tags updatedAt
      refunds { id } fulfillments { id }
      lineItems(first: 250) { nodes { id quantity sku title
        variant { id price sku } product { id title status } image { id url } } pageInfo { endCursor hasNextPage } } }
      pageInfo { hasNextPage endCursor } } }`,
    variables: { first: 250 },
    requested: 629,
    source:
      'hrdwdmrbl/graphql-ruby spec/graphql/analysis/shopify_complexity_spec.rb with spec/support/shopify/queries/Orders.graphql',
    note: 'Scalar fields of the original trimmed (they cost 0); every object and connection kept.',
  },
  {
    name: 'live-measured OrdersInRange (orders 250 × lineItems 50 × refundLineItems 50)',
    query: ordersInRange(''),
    variables: { query: 'created_at:>=2025-01-01' },
    requested: 651,
    source:
      'public code index file 55597802078 ("OrdersInRange already runs at 651 requested / 134 actual", measured live) with the query in file 55716692265',
  },
  {
    name: 'live-measured OrdersInRange + product { collections(first: 5) }',
    query: ordersInRange('collections(first: 5) { nodes { id title } }'),
    variables: { query: 'created_at:>=2025-01-01' },
    requested: 1036,
    source:
      'public code index file 55597802078 ("adding product { collections(first:5) } ... takes it to 1,036 → rejected")',
    reconstructed: true,
    note: 'The selection inside collections was not recorded; any scalar-only selection prices the same.',
  },
  {
    name: 'bulkOperationRunQuery mutation',
    query:
      'mutation { bulkOperationRunQuery(query: "{ products { edges { node { id } } } }") { bulkOperation { id status } userErrors { field message } } }',
    requested: 10,
    actual: {
      cost: 10,
      data: {
        bulkOperationRunQuery: {
          bulkOperation: { id: 'gid://shopify/BulkOperation/1', status: 'CREATED' },
          userErrors: [],
        },
      },
    },
    source: 'mikeacjones/erp-to-shopify-scheduler src/test/resources/mockPayloads/mockResultBulkJobStart.dwl',
    note: 'Recording has the response only; any selection prices the same (flat 10).',
  },
  {
    name: 'metafieldDelete mutation (pre-2024 API)',
    query:
      'mutation { metafield1: metafieldDelete(input: {id: "gid://shopify/Metafield/1"}) { deletedId userErrors { field message } } }',
    requested: 10,
    source:
      'public code index file 31377964102 (Elixir ShopifyAPI GraphQL test: definedCost 10, requestedChildrenCost 0)',
    legacySchema: true,
  },
  // Mutations whose payload selects an object: Shopify charged 11, not the flat 10. Each recording has the
  // response (and its cost) only; the query is rebuilt from the response's shape, so `reconstructed`.
  {
    name: 'inventoryAdjustQuantities mutation (payload object inventoryAdjustmentGroup)',
    query:
      'mutation { inventoryAdjustQuantities(input: {reason: "other", name: "available", changes: [{delta: 2, inventoryItemId: "gid://shopify/InventoryItem/1", locationId: "gid://shopify/Location/1"}]}) { inventoryAdjustmentGroup { createdAt reason referenceDocumentUri changes { name delta } } } }',
    requested: 11,
    source:
      'public code index file 36014861126 (Airflow operator test: requestedQueryCost 11, actualQueryCost 11)',
    reconstructed: true,
  },
  {
    name: 'inventorySetQuantities mutation (payload object inventoryAdjustmentGroup)',
    query:
      'mutation { inventorySetQuantities(input: {reason: "movement_updated", name: "available", quantities: [{inventoryItemId: "gid://shopify/InventoryItem/1", locationId: "gid://shopify/Location/1", quantity: 5, changeFromQuantity: null}]}) { inventoryAdjustmentGroup { createdAt reason referenceDocumentUri changes { name delta } } userErrors { field message } } }',
    requested: 11,
    source: 'public code index file 31667495986 (test response: requestedQueryCost 11, actualQueryCost 11)',
    // Rebuilt in 2026-10's input shape: ignoreCompareQuantity became changeFromQuantity: null (arguments cost nothing).
    reconstructed: true,
  },
  {
    name: 'stagedUploadsCreate mutation (payload list stagedTargets)',
    query:
      'mutation { stagedUploadsCreate(input: [{resource: BULK_MUTATION_VARIABLES, filename: "bulk_op_vars", mimeType: "text/jsonl", httpMethod: POST}]) { userErrors { field message } stagedTargets { url resourceUrl parameters { name value } } } }',
    requested: 11,
    source:
      'public code index files 663376994 (AL connector mock of a live answer) and 53779266544 (blog post, live answer with maximumAvailable 20000)',
    reconstructed: true,
  },
  {
    name: 'draftOrderCalculate mutation (payload object calculatedDraftOrder)',
    query:
      'mutation { draftOrderCalculate(input: {lineItems: [{variantId: "gid://shopify/ProductVariant/1", quantity: 1}]}) { calculatedDraftOrder { totalTaxSet { shopMoney { amount currencyCode } } taxLines { title rate ratePercentage priceSet { shopMoney { amount } } } } userErrors { field message } } }',
    requested: 11,
    source: 'public code index file 56579449662 (carrier-service design doc, "Response" with its cost)',
    reconstructed: true,
  },
  {
    name: 'fulfillmentCreateV2 mutation (payload object fulfillment, nested order)',
    query:
      'mutation { fulfillmentCreateV2(fulfillment: {lineItemsByFulfillmentOrder: [{fulfillmentOrderId: "gid://shopify/FulfillmentOrder/1"}]}) { fulfillment { status displayStatus name order { name } } userErrors { field message } } }',
    requested: 11,
    source:
      'public code index file 20084768154 (comment: "this is what a successful fulfillment looks like")',
    reconstructed: true,
    note: 'The nested order costs nothing: the same 11 as payloads with one flat object.',
  },
];

/** Figures found but not reproducible: the query that produced them was not recorded. */
export const UNPAIRED_OBSERVATIONS = [
  {
    requested: 113,
    actual: 13,
    source: 'hrdwdmrbl/graphql-ruby spec/support/shopify/queries/samples/Variant.json (2 variants returned)',
  },
  {
    requested: 28,
    actual: 18,
    source: 'hrdwdmrbl/graphql-ruby spec/support/shopify/queries/samples/Product.json',
  },
  { requested: 8, actual: 2, source: 'public code index file 13291756302 (orders search with no match)' },
] as const;
