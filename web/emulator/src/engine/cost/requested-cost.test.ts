import { describe, expect, it } from '@jest/globals';
import { Kind, parse, validate, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { adminSchema } from '../schemas.js';
import { actualCost } from './actual-cost.js';
import { requestedCost } from './requested-cost.js';
import { OBSERVED_COSTS } from './__fixtures__/observed-costs.js';

function price(query: string, variables: Record<string, unknown> = {}, data?: unknown) {
  const schema = adminSchema();
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error('no operation');
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const ctx = { schema, fragments, variables };
  return {
    errors: validate(schema, document),
    requested: requestedCost(ctx, operation, { checkPages: true }),
    actual: data === undefined ? undefined : actualCost(ctx, operation, data),
  };
}

describe('requested cost reproduces every observed Shopify figure', () => {
  it.each(OBSERVED_COSTS.map((o) => [o.name, o] as const))('%s', (_name, observed) => {
    // Given a query Shopify priced (source in the fixture)
    const result = price(observed.query, observed.variables ?? {}, observed.actual?.data);
    // Then it is valid against Admin 2026-10 (unless it uses a since-removed field)
    expect(result.errors.map((e) => e.message)).toEqual(observed.legacySchema ? expect.any(Array) : []);
    // And the model reports Shopify's requested cost, and its actual cost where the returned data is known
    expect(result.requested.cost).toBe(observed.requested);
    if (observed.actual) expect(result.actual).toBe(observed.actual.cost);
  });
});

describe('cost rules', () => {
  it('charges 0 for scalars and 1 per object (docs: "Scalar 0, Enum 0, Object 1")', () => {
    expect(price('{ shop { name currencyCode } }').requested.cost).toBe(1);
    expect(price('{ shop { name primaryDomain { url } } }').requested.cost).toBe(2);
  });

  it('charges money value objects nothing', () => {
    // Given an order with money sets; When priced; Then only the order object counts
    expect(
      price(
        '{ order(id: "gid://shopify/Order/1") { totalPriceSet { shopMoney { amount } presentmentMoney { amount } } } }',
      ).requested.cost,
    ).toBe(1);
  });

  it("takes the maximum over an interface's possible selections", () => {
    // Given a node() selecting a deep Product branch and a shallow Order branch
    const query =
      '{ node(id: "gid://shopify/Product/1") { ... on Product { featuredImage { url } } ... on Order { id } } }';
    // Then the Product branch (1 + image 1) is what is charged
    expect(price(query).requested.cost).toBe(2);
  });

  it("multiplies nested connections by each level's multiplier", () => {
    // products(first: 10) → ×4, variants(first: 5) → ×3: 2 + 4 × (1 + (2 + 3 × 1)) = 26
    expect(
      price('{ products(first: 10) { nodes { variants(first: 5) { nodes { id } } } } }').requested.cost,
    ).toBe(26);
  });

  it('charges 10 per mutation field plus 1 per object its payload selects directly, user errors free', () => {
    const query =
      'mutation { a: metafieldsSet(metafields: []) { metafields { id owner { ... on Product { id } } } userErrors { field } } b: metafieldsSet(metafields: []) { userErrors { field } } }';
    expect(price(query).requested.cost).toBe(21);
  });

  it('reports missing first/last and pages over 250 as problems', () => {
    expect(price('{ products { nodes { id } } }').requested.problems.map((p) => p.message)).toEqual([
      'you must provide one of first or last',
    ]);
    expect(price('{ products(first: 251) { nodes { id } } }').requested.problems).toHaveLength(1);
    expect(price('{ products(first: 250) { nodes { id } } }').requested.problems).toHaveLength(0);
  });

  it('reads page sizes from variables', () => {
    expect(price('query($n: Int) { products(first: $n) { nodes { id } } }', { n: 250 }).requested.cost).toBe(
      13,
    );
  });
});
