import { describe, expect, it } from '@jest/globals';
import { dataOf, harness } from '../engine/__fixtures__/harness.js';

const SET = `mutation($metafields: [MetafieldsSetInput!]!) { metafieldsSet(metafields: $metafields) {
  metafields { id namespace key type value compareDigest } userErrors { field message code elementIndex } } }`;
const PRODUCT = 'gid://shopify/Product/101';

type SetResult = {
  metafields: { namespace: string; value: string; compareDigest: string }[];
  userErrors: { field: string[]; code: string; elementIndex: number | null; message: string }[];
};
const setResult = (data: Record<string, unknown>): SetResult => data['metafieldsSet'] as SetResult;

describe('metafieldsSet and metafields', () => {
  it('resolves $app namespaces to app--<appId>… on write and read, on products and the shop', async () => {
    const h = harness();
    const written = setResult(
      dataOf(
        await h.admin(SET, {
          metafields: [
            {
              ownerId: PRODUCT,
              namespace: '$app:tandem',
              key: 'offers',
              type: 'json',
              value: '[{"v":"gid://shopify/ProductVariant/10020"}]',
            },
            {
              ownerId: 'gid://shopify/Shop/1',
              namespace: '$app:tandem',
              key: 'config',
              type: 'json',
              value: '{"holdout":0.1}',
            },
          ],
        }),
      ),
    );
    expect(written.userErrors).toEqual([]);
    expect(written.metafields.map((m) => m.namespace)).toEqual(['app--4242--tandem', 'app--4242--tandem']);
    const read = dataOf(
      await h.admin(`{ product(id: "${PRODUCT}") { metafield(namespace: "$app:tandem", key: "offers") { namespace key jsonValue }
      metafields(first: 5, namespace: "$app:tandem") { nodes { key } } } shop { metafield(namespace: "app--4242--tandem", key: "config") { value } } }`),
    );
    expect(read).toEqual({
      product: {
        metafield: {
          namespace: 'app--4242--tandem',
          key: 'offers',
          jsonValue: [{ v: 'gid://shopify/ProductVariant/10020' }],
        },
        metafields: { nodes: [{ key: 'offers' }] },
      },
      shop: { metafield: { value: '{"holdout":0.1}' } },
    });
    expect(h.engine.metafield('test-shop.myshopify.com', PRODUCT, '$app:tandem', 'offers')?.type).toBe(
      'json',
    );
    expect(h.engine.snapshot('test-shop.myshopify.com').metafields).toBe(2);
  });

  it('accepts 25 metafields per call and refuses 26 without writing any', async () => {
    const h = harness();
    const inputs = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        ownerId: PRODUCT,
        namespace: '$app:tandem',
        key: `k${i}`,
        type: 'json',
        value: '1',
      }));
    const refused = setResult(dataOf(await h.admin(SET, { metafields: inputs(26) })));
    expect(refused.userErrors).toEqual([
      {
        field: ['metafields'],
        message: 'Exceeded the maximum metafields input limit of 25.',
        code: 'LESS_THAN_OR_EQUAL_TO',
        elementIndex: null,
      },
    ]);
    expect(h.engine.snapshot('test-shop.myshopify.com').metafields).toBe(0);
    expect(setResult(dataOf(await h.admin(SET, { metafields: inputs(25) }))).metafields).toHaveLength(25);
  });

  it('caps JSON values at 128 KB (131,072 bytes)', async () => {
    const h = harness();
    const json = (bytes: number) => JSON.stringify('x'.repeat(bytes - 2));
    const tooBig = setResult(
      dataOf(
        await h.admin(SET, {
          metafields: [
            { ownerId: PRODUCT, namespace: '$app:tandem', key: 'offers', type: 'json', value: json(131_073) },
          ],
        }),
      ),
    );
    expect(tooBig.userErrors).toMatchObject([
      { field: ['metafields', '0', 'value'], code: 'TOO_LONG', elementIndex: 0 },
    ]);
    const fits = setResult(
      dataOf(
        await h.admin(SET, {
          metafields: [
            { ownerId: PRODUCT, namespace: '$app:tandem', key: 'offers', type: 'json', value: json(131_072) },
          ],
        }),
      ),
    );
    expect(fits.userErrors).toEqual([]);
  });

  it('is all-or-nothing and reports each bad input by index with Shopify codes', async () => {
    const h = harness();
    const result = setResult(
      dataOf(
        await h.admin(SET, {
          metafields: [
            { ownerId: PRODUCT, namespace: '$app:tandem', key: 'ok', type: 'json', value: '1' },
            { ownerId: PRODUCT, namespace: '$app:tandem', key: 'bad', type: 'json', value: '{oops' },
            {
              ownerId: 'gid://shopify/Product/999999',
              namespace: '$app:tandem',
              key: 'x1',
              type: 'json',
              value: '1',
            },
            { ownerId: PRODUCT, namespace: '$app:tandem', key: 'k', type: 'json', value: '1' },
            { ownerId: PRODUCT, namespace: '$app:tandem', key: 'nt', value: '1' },
            { ownerId: PRODUCT, namespace: 'app--777--other', key: 'theirs', type: 'json', value: '1' },
          ],
        }),
      ),
    );
    expect(result.metafields).toEqual([]);
    expect(result.userErrors.map((e) => [e.elementIndex, e.field.at(-1), e.code])).toEqual([
      [1, 'value', 'INVALID_VALUE'],
      [2, 'ownerId', 'INVALID'],
      [3, 'key', 'TOO_SHORT'],
      [4, 'type', 'BLANK'],
      [5, 'namespace', 'APP_NOT_AUTHORIZED'],
    ]);
    expect(h.engine.snapshot('test-shop.myshopify.com').metafields).toBe(0);
  });

  it('honours compareDigest: matching digest writes, a stale one is refused, null means "must not exist"', async () => {
    const h = harness();
    const write = async (value: string, compareDigest?: string | null) =>
      setResult(
        dataOf(
          await h.admin(SET, {
            metafields: [
              {
                ownerId: PRODUCT,
                namespace: '$app:tandem',
                key: 'offers',
                type: 'json',
                value,
                ...(compareDigest !== undefined && { compareDigest }),
              },
            ],
          }),
        ),
      );
    const created = await write('1', null);
    const digest = created.metafields[0]?.compareDigest ?? '';
    expect((await write('2', digest)).userErrors).toEqual([]);
    expect((await write('3', digest)).userErrors.map((e) => e.code)).toEqual(['STALE_OBJECT']);
    expect((await write('4', null)).userErrors.map((e) => e.code)).toEqual(['STALE_OBJECT']);
    expect((await write('5', 'not-a-digest')).userErrors.map((e) => e.code)).toEqual([
      'INVALID_COMPARE_DIGEST',
    ]);
    expect(h.engine.metafield('test-shop.myshopify.com', PRODUCT, '$app:tandem', 'offers')?.value).toBe('2');
  });

  it('needs write_products to set product metafields', async () => {
    const h = harness();
    const result = await h.admin(
      SET,
      {
        metafields: [{ ownerId: PRODUCT, namespace: '$app:tandem', key: 'offers', type: 'json', value: '1' }],
      },
      ['read_products'],
    );
    expect(setResult(dataOf(result)).userErrors.map((e) => e.code)).toEqual(['APP_NOT_AUTHORIZED']);
  });

  it('creates metafield definitions, takes their type, and refuses duplicates', async () => {
    const h = harness();
    const create = `mutation { metafieldDefinitionCreate(definition: { name: "Tandem offers", namespace: "$app:tandem", key: "offers", type: "json", ownerType: PRODUCT, access: { storefront: PUBLIC_READ } }) {
      createdDefinition { id namespace key type { name } ownerType access { storefront } } userErrors { field code message } } }`;
    const first = dataOf(await h.admin(create))['metafieldDefinitionCreate'] as {
      createdDefinition: unknown;
      userErrors: unknown[];
    };
    expect(first.createdDefinition).toMatchObject({
      namespace: 'app--4242--tandem',
      key: 'offers',
      type: { name: 'json' },
      ownerType: 'PRODUCT',
      access: { storefront: 'PUBLIC_READ' },
    });
    const second = dataOf(await h.admin(create))['metafieldDefinitionCreate'] as {
      userErrors: { code: string }[];
    };
    expect(second.userErrors.map((e) => e.code)).toEqual(['TAKEN']);
    // With a definition, metafieldsSet may omit the type
    expect(
      setResult(
        dataOf(
          await h.admin(SET, {
            metafields: [{ ownerId: PRODUCT, namespace: '$app:tandem', key: 'offers', value: '[]' }],
          }),
        ),
      ).userErrors,
    ).toEqual([]);
  });
});
