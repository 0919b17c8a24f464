import { describe, expect, it } from '@jest/globals';
import { harness } from '../engine/__fixtures__/harness.js';

describe('Shopify-shaped errors', () => {
  it('rejects malformed GraphQL as a syntax error with its location', async () => {
    const h = harness();
    const result = await h.admin('{ products(first: 1) { nodes { id }');
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.message).toMatch(/^syntax error, .* at \[1, \d+\]$/);
    expect(result.data).toBeUndefined();
  });

  it("names unknown fields with graphql-ruby's code and a document path", async () => {
    const h = harness();
    const result = await h.admin(
      'query Q { orders(first: 1) { edges { node { customer { defaultEmail } } } } }',
    );
    expect(result.errors).toEqual([
      {
        message: "Field 'defaultEmail' doesn't exist on type 'Customer'",
        locations: [{ line: 1, column: 56 }],
        path: ['query Q', 'orders', 'edges', 'node', 'customer', 'defaultEmail'],
        extensions: { code: 'undefinedField', typeName: 'Customer', fieldName: 'defaultEmail' },
      },
    ]);
  });

  it('reports unknown and missing arguments and wrong literal types', async () => {
    const h = harness();
    expect(
      (await h.admin('{ products(first: 1, colour: "red") { nodes { id } } }')).errors?.[0],
    ).toMatchObject({
      message: "Field 'products' doesn't accept argument 'colour'",
      extensions: { code: 'argumentNotAccepted', argumentName: 'colour' },
    });
    expect((await h.admin('{ product { id } }')).errors?.[0]).toMatchObject({
      message: "Field 'product' is missing required arguments: id",
      extensions: { code: 'missingRequiredArguments' },
    });
    expect((await h.admin('{ products(first: "ten") { nodes { id } } }')).errors?.[0]?.extensions).toEqual({
      code: 'argumentLiteralsIncompatible',
    });
  });

  it('reports a bad variable value as INVALID_VARIABLE', async () => {
    const h = harness();
    const result = await h.admin('query($n: Int!) { products(first: $n) { nodes { id } } }', { n: 'ten' });
    expect(result.errors?.[0]).toMatchObject({
      message: 'Variable $n of type Int! was provided invalid value',
      extensions: { code: 'INVALID_VARIABLE' },
    });
  });

  it('fails loudly on schema fields the emulator does not implement', async () => {
    const h = harness();
    const result = await h.admin('{ product(id: "gid://shopify/Product/101") { id requiresSellingPlan } }');
    expect(result.errors?.[0]).toMatchObject({
      path: ['product', 'requiresSellingPlan'],
      extensions: { code: 'NOT_EMULATED' },
    });
  });

  it('answers 404 for an unknown shop and an error for an empty query', async () => {
    const h = harness();
    const unknown = await h.engine.executeAdmin(
      'nope.myshopify.com',
      { query: '{ shop { id } }' },
      { apiVersion: '2026-10', scopes: [] },
    );
    expect(unknown).toEqual({ status: 404, body: { errors: 'Not Found' } });
    expect((await h.admin('  ')).errors).toEqual([{ message: 'No query string was present' }]);
  });

  it('applies the same scopes to node and nodes as to the typed fields', async () => {
    const h = harness();
    const denied = await h.admin('{ node(id: "gid://shopify/Order/50001") { id } }', {}, ['read_products']);
    expect(denied.errors?.[0]).toMatchObject({ path: ['node'], extensions: { code: 'ACCESS_DENIED' } });
    const allowed = await h.admin(
      '{ nodes(ids: ["gid://shopify/Product/101", "gid://shopify/Product/1"]) { id } }',
      {},
      ['read_products'],
    );
    expect(allowed.data).toEqual({ nodes: [{ id: 'gid://shopify/Product/101' }, null] });
  });
});
