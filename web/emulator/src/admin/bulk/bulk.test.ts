import { describe, expect, it } from '@jest/globals';
import { dataOf, harness, type Harness } from '../../engine/__fixtures__/harness.js';

const RUN = `mutation($query: String!) { bulkOperationRunQuery(query: $query) { bulkOperation { id status } userErrors { field message code } } }`;
const POLL = `{ currentBulkOperation { id status errorCode objectCount rootObjectCount fileSize url partialDataUrl } }`;
const PRODUCTS_WITH_VARIANTS =
  '{ products { edges { node { id title variants { edges { node { id price } } } } } } }';

type Run = {
  bulkOperation: { id: string; status: string } | null;
  userErrors: { message: string; code: string }[];
};
type Poll = {
  id: string;
  status: string;
  errorCode: string | null;
  objectCount: string;
  rootObjectCount: string;
  fileSize: string | null;
  url: string | null;
  partialDataUrl: string | null;
};

const run = async (h: Harness, query: string): Promise<Run> =>
  dataOf(await h.admin(RUN, { query }))['bulkOperationRunQuery'] as Run;
const poll = async (h: Harness): Promise<Poll> => dataOf(await h.admin(POLL))['currentBulkOperation'] as Poll;
const fileOf = (h: Harness, url: string | null): string =>
  h.engine.readBulkFile(url?.split('/bulk/')[1]?.replace('.jsonl', '') ?? '') ?? '';

describe('bulk queries', () => {
  it('moves CREATED → RUNNING → COMPLETED by the clock and writes JSONL with __parentId', async () => {
    // Given 2 products with 2 variants each
    const h = harness({ productCount: 2, orderCount: 0 });
    // When a bulk query starts
    const started = await run(h, PRODUCTS_WITH_VARIANTS);
    expect(started).toEqual({ bulkOperation: { id: expect.any(String), status: 'CREATED' }, userErrors: [] });
    // Then it runs after a second and completes when its time is up
    h.advance(1000);
    expect((await poll(h)).status).toBe('RUNNING');
    h.advance(1006);
    const done = await poll(h);
    expect(done).toMatchObject({
      status: 'COMPLETED',
      errorCode: null,
      objectCount: '6',
      rootObjectCount: '2',
      partialDataUrl: null,
    });
    expect(done.url).toMatch(/^https:\/\/test-shop\.myshopify\.com\/bulk\/.+\.jsonl$/);
    // And the file has parents first, children after with __parentId, no edges/node wrappers
    const lines = fileOf(h, done.url)
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toEqual([
      { id: 'gid://shopify/Product/101', title: 'Coffee 1' },
      { id: 'gid://shopify/ProductVariant/10010', price: '11.00', __parentId: 'gid://shopify/Product/101' },
      { id: 'gid://shopify/ProductVariant/10011', price: '16.00', __parentId: 'gid://shopify/Product/101' },
      { id: 'gid://shopify/Product/102', title: 'Coffee 2' },
      { id: 'gid://shopify/ProductVariant/10020', price: '12.00', __parentId: 'gid://shopify/Product/102' },
      { id: 'gid://shopify/ProductVariant/10021', price: '17.00', __parentId: 'gid://shopify/Product/102' },
    ]);
    expect(Number(done.fileSize)).toBe(Buffer.byteLength(fileOf(h, done.url)));
    // And the app hears about it the way Shopify tells it (bulk_operations/finish)
    expect(h.events.find((e) => e.topic === 'bulk_operations/finish')?.payload).toMatchObject({
      admin_graphql_api_id: done.id,
      status: 'completed',
      type: 'query',
      error_code: null,
    });
  });

  it('ignores page sizes and serves orders with line items nested under them', async () => {
    const h = harness({ productCount: 2, orderCount: 3 });
    await run(
      h,
      '{ orders(first: 1) { edges { node { id lineItems(first: 1) { edges { node { quantity variant { id } } } } } } } }',
    );
    h.advance(60_000);
    const lines = fileOf(h, (await poll(h)).url)
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { __parentId?: string; variant?: unknown });
    expect(lines.filter((l) => !l.__parentId)).toHaveLength(3);
    expect(lines.filter((l) => l.__parentId)).toHaveLength(6);
    expect(lines[1]).toEqual({
      quantity: 1,
      variant: { id: 'gid://shopify/ProductVariant/10010' },
      __parentId: 'gid://shopify/Order/50001',
    });
  });

  it('enforces at most 5 connections, 2 levels of nesting, no top-level nodes and ids on parents', async () => {
    const h = harness();
    const errors = async (query: string) => (await run(h, query)).userErrors.map((e) => [e.code, e.message]);
    const six = `{ ${[1, 2, 3, 4, 5, 6].map((i) => `p${i}: products { edges { node { id } } }`).join(' ')} }`;
    expect(await errors(six)).toEqual([
      ['INVALID', 'Bulk queries cannot contain more than 5 connections (found 6).'],
    ]);
    const deep =
      '{ products { edges { node { id collections { edges { node { id products { edges { node { id } } } } } } } } } }';
    expect(await errors(deep)).toEqual([
      ['INVALID', 'Bulk queries cannot nest connections more than 2 levels deep (found 3).'],
    ]);
    expect((await errors('{ nodes(ids: ["gid://shopify/Product/101"]) { id } }'))[0]?.[0]).toBe('INVALID');
    expect(
      await errors('{ products { edges { node { title variants { edges { node { id } } } } } } }'),
    ).toEqual([['INVALID', "The object containing the nested connection 'variants' must select 'id'."]]);
    expect((await errors('{ products { edges { node { nope } } } }'))[0]?.[1]).toMatch(
      /^Invalid bulk query: Field 'nope' doesn't exist/,
    );
  });

  it('runs one bulk query per shop at a time unless configured otherwise', async () => {
    const h = harness();
    const first = await run(h, PRODUCTS_WITH_VARIANTS);
    const second = await run(h, PRODUCTS_WITH_VARIANTS);
    expect(second).toEqual({
      bulkOperation: null,
      userErrors: [
        {
          field: null,
          message: `A bulk query operation for this app and shop is already in progress: ${first.bulkOperation?.id}.`,
          code: 'OPERATION_IN_PROGRESS',
        },
      ],
    });
    const roomy = harness({}, { concurrentBulkQueries: 2 });
    await run(roomy, PRODUCTS_WITH_VARIANTS);
    expect((await run(roomy, PRODUCTS_WITH_VARIANTS)).userErrors).toEqual([]);
  });

  it('cuts the next file short when the fault asks for it', async () => {
    const h = harness({ productCount: 3, orderCount: 0 });
    h.engine.faults('test-shop.myshopify.com').truncateNextBulkFile(0.5);
    await run(h, PRODUCTS_WITH_VARIANTS);
    h.advance(60_000);
    const done = await poll(h);
    const served = fileOf(h, done.url);
    expect(served.length).toBe(Math.floor(Number(done.fileSize) / 2));
    expect(() =>
      served
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toThrow();
  });

  it('fails with ACCESS_DENIED when the app lacks a scope the query needs', async () => {
    const h = harness();
    const response = await h.engine.executeAdmin(
      'test-shop.myshopify.com',
      { query: RUN, variables: { query: '{ orders { edges { node { id } } } }' } },
      { apiVersion: '2026-10', scopes: ['read_products'] },
    );
    expect(
      (response.body as { data: { bulkOperationRunQuery: Run } }).data.bulkOperationRunQuery.userErrors,
    ).toEqual([]);
    h.advance(60_000);
    expect(await poll(h)).toMatchObject({
      status: 'FAILED',
      errorCode: 'ACCESS_DENIED',
      url: null,
      partialDataUrl: null,
      objectCount: '0',
    });
  });

  it('fails with partial data when part of the query cannot be served', async () => {
    // Given a query touching a field the emulator does not implement (nullable, so the rest of the data survives)
    const h = harness();
    await run(h, '{ products { edges { node { id category { id } } } } }');
    h.advance(60_000);
    const done = await poll(h);
    // Then the operation fails, and what was produced is offered at partialDataUrl
    expect(done).toMatchObject({
      status: 'FAILED',
      errorCode: 'INTERNAL_SERVER_ERROR',
      url: null,
      objectCount: '3',
    });
    expect(
      fileOf(h, done.partialDataUrl)
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as unknown),
    ).toEqual([
      { id: 'gid://shopify/Product/101', category: null },
      { id: 'gid://shopify/Product/102', category: null },
      { id: 'gid://shopify/Product/103', category: null },
    ]);
  });

  it('costs 10 like any mutation', async () => {
    const h = harness();
    expect((await h.admin(RUN, { query: PRODUCTS_WITH_VARIANTS })).extensions?.cost).toMatchObject({
      requestedQueryCost: 10,
      actualQueryCost: 10,
    });
  });
});

describe('bulk mutations', () => {
  it('runs a mutation per uploaded JSONL line and writes the results', async () => {
    const h = harness();
    // Given a staged upload target for the variables file
    const staged = dataOf(
      await h.admin(`mutation { stagedUploadsCreate(input: [{ resource: BULK_MUTATION_VARIABLES, filename: "vars.jsonl", mimeType: "text/jsonl", httpMethod: POST }]) {
      stagedTargets { url parameters { name value } } userErrors { message } } }`),
    )['stagedUploadsCreate'] as {
      stagedTargets: { url: string; parameters: { name: string; value: string }[] }[];
    };
    const target = staged.stagedTargets[0];
    const key = target?.parameters.find((p) => p.name === 'key')?.value ?? '';
    expect(target?.url).toBe('https://test-shop.myshopify.com/staged-uploads');
    // When emu-http stores the upload and the bulk mutation runs
    const line = (i: number) =>
      JSON.stringify({
        metafields: [
          {
            ownerId: `gid://shopify/Product/10${i}`,
            namespace: '$app:tandem',
            key: 'offers',
            type: 'json',
            value: `[${i}]`,
          },
        ],
      });
    h.engine.putStagedUpload(key, `${line(1)}\n${line(2)}\n`);
    const mutation =
      'mutation call($metafields: [MetafieldsSetInput!]!) { metafieldsSet(metafields: $metafields) { metafields { key value } userErrors { code } } }';
    const started = dataOf(
      await h.admin(
        `mutation($m: String!, $p: String!) { bulkOperationRunMutation(mutation: $m, stagedUploadPath: $p) { bulkOperation { id status } userErrors { code message } } }`,
        { m: mutation, p: key },
      ),
    );
    expect(started['bulkOperationRunMutation']).toMatchObject({
      bulkOperation: { status: 'CREATED' },
      userErrors: [],
    });
    h.advance(60_000);
    const done = dataOf(await h.admin('{ currentBulkOperation(type: MUTATION) { status objectCount url } }'))[
      'currentBulkOperation'
    ] as Poll;
    // Then every line ran, in order, with Shopify's result shape
    expect(done).toMatchObject({ status: 'COMPLETED', objectCount: '2' });
    expect(
      fileOf(h, done.url)
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as unknown),
    ).toEqual([
      {
        data: { metafieldsSet: { metafields: [{ key: 'offers', value: '[1]' }], userErrors: [] } },
        __lineNumber: 0,
      },
      {
        data: { metafieldsSet: { metafields: [{ key: 'offers', value: '[2]' }], userErrors: [] } },
        __lineNumber: 1,
      },
    ]);
    expect(
      h.engine.metafield('test-shop.myshopify.com', 'gid://shopify/Product/102', '$app:tandem', 'offers')
        ?.value,
    ).toBe('[2]');
  });

  it('reports a missing upload as NO_SUCH_FILE', async () => {
    const h = harness();
    const result = dataOf(
      await h.admin(
        'mutation { bulkOperationRunMutation(mutation: "mutation { shop { id } }", stagedUploadPath: "tmp/none") { bulkOperation { id } userErrors { code } } }',
      ),
    );
    expect(result['bulkOperationRunMutation']).toEqual({
      bulkOperation: null,
      userErrors: [{ code: 'INVALID_MUTATION' }],
    });
    const missing = dataOf(
      await h.admin(
        'mutation($m: String!) { bulkOperationRunMutation(mutation: $m, stagedUploadPath: "tmp/none") { bulkOperation { id } userErrors { code } } }',
        {
          m: 'mutation call($metafields: [MetafieldsSetInput!]!) { metafieldsSet(metafields: $metafields) { userErrors { code } } }',
        },
      ),
    );
    expect(missing['bulkOperationRunMutation']).toEqual({
      bulkOperation: null,
      userErrors: [{ code: 'NO_SUCH_FILE' }],
    });
  });
});
