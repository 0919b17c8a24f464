import { describe, expect, it } from '@jest/globals';
import { buildProduct } from '../state/test-shop.js';
import { dataOf, harness } from '../engine/__fixtures__/harness.js';

type Page = {
  nodes: { id: string; title: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

const PRODUCTS = `query($first: Int!, $after: String, $query: String, $sortKey: ProductSortKeys, $reverse: Boolean) {
  products(first: $first, after: $after, query: $query, sortKey: $sortKey, reverse: $reverse) {
    nodes { id title } pageInfo { hasNextPage endCursor } } }`;

describe('products', () => {
  it('pages through every product with opaque cursors in id order', async () => {
    // Given 5 products; When paging 2 at a time
    const h = harness({ productCount: 5 });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = dataOf(await h.admin(PRODUCTS, { first: 2, after }))['products'] as Page;
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
      expect(after).toMatch(/^[A-Za-z0-9+/=]+$/);
    }
    // Then all five come back once, in order
    expect(seen).toEqual([101, 102, 103, 104, 105].map((n) => `gid://shopify/Product/${n}`));
  });

  it('keeps a cursor valid when earlier products change (keyset, not offset)', async () => {
    const h = harness({ productCount: 4 });
    const first = dataOf(await h.admin(PRODUCTS, { first: 2, sortKey: 'UPDATED_AT' }))['products'] as Page;
    // When a product on the first page is deleted before the next page is read
    h.engine.deleteProduct('test-shop.myshopify.com', 'gid://shopify/Product/101');
    const second = dataOf(
      await h.admin(PRODUCTS, { first: 2, after: first.pageInfo.endCursor, sortKey: 'UPDATED_AT' }),
    )['products'] as Page;
    // Then the next page still starts right after the last product seen
    expect(second.nodes.map((n) => n.id)).toEqual(['gid://shopify/Product/103', 'gid://shopify/Product/104']);
  });

  it('filters with updated_at, status and id ranges of the search syntax', async () => {
    const products = [
      buildProduct(1, { updatedAt: '2025-01-10T00:00:00Z' }),
      buildProduct(2, { updatedAt: '2025-01-20T00:00:00Z', status: 'DRAFT' }),
      buildProduct(3, { updatedAt: '2025-01-30T12:00:00Z' }),
    ];
    const h = harness({ products, orderCount: 0 });
    const ids = async (query: string) =>
      (dataOf(await h.admin(PRODUCTS, { first: 10, query }))['products'] as Page).nodes.map((n) => n.title);
    expect(await ids("updated_at:>'2025-01-15T00:00:00Z'")).toEqual(['Coffee 2', 'Coffee 3']);
    expect(await ids('updated_at:>=2025-01-20 status:active')).toEqual(['Coffee 3']);
    expect(await ids('status:active,draft id:>=102')).toEqual(['Coffee 2', 'Coffee 3']);
    expect(await ids('-status:draft')).toEqual(['Coffee 1', 'Coffee 3']);
    expect(await ids('status:draft OR id:101')).toEqual(['Coffee 1', 'Coffee 2']);
    expect(await ids('created_at:<2025-01-01T00:02:00Z')).toEqual(['Coffee 1']);
  });

  it('ignores unknown search fields and reports them in extensions.search', async () => {
    const h = harness();
    const result = await h.admin(PRODUCTS, { first: 5, query: 'colour:red' });
    expect((dataOf(result)['products'] as Page).nodes).toHaveLength(3);
    expect(result.extensions?.search).toEqual([
      {
        path: ['products'],
        query: 'colour:red',
        warnings: [{ field: 'colour', message: 'Invalid search field for this query.' }],
      },
    ]);
  });

  it('sorts by title in reverse', async () => {
    const products = [
      buildProduct(1, { title: 'Banana' }),
      buildProduct(2, { title: 'apple' }),
      buildProduct(3, { title: 'Cherry' }),
    ];
    const h = harness({ products, orderCount: 0 });
    const page = dataOf(await h.admin(PRODUCTS, { first: 3, sortKey: 'TITLE', reverse: true }))[
      'products'
    ] as Page;
    expect(page.nodes.map((n) => n.title)).toEqual(['Cherry', 'Banana', 'apple']);
  });

  it('finds the variant behind an inventory item, as an inventory_levels/update reader needs', async () => {
    const h = harness({ products: [buildProduct(2)], orderCount: 0 });
    h.engine.setInventory('test-shop.myshopify.com', 'gid://shopify/ProductVariant/10021', 3);
    const item = dataOf(
      await h.admin(`{ productVariant(id: "gid://shopify/ProductVariant/10021") { inventoryItem { id } } }`),
    )['productVariant'] as { inventoryItem: { id: string } };
    const data = dataOf(
      await h.admin(`query($id: ID!) { inventoryItem(id: $id) { id variant { id inventoryQuantity } } }`, {
        id: item.inventoryItem.id,
      }),
    );
    expect(data['inventoryItem']).toEqual({
      id: item.inventoryItem.id,
      variant: { id: 'gid://shopify/ProductVariant/10021', inventoryQuantity: 3 },
    });
    const unknown = dataOf(await h.admin(`{ inventoryItem(id: "gid://shopify/InventoryItem/1") { id } }`));
    expect(unknown['inventoryItem']).toBeNull();
  });

  it('serves variants with price, compareAtPrice, options, inventory and availability', async () => {
    const products = [buildProduct(1, { status: 'DRAFT' }), buildProduct(2)];
    const h = harness({ products, orderCount: 0 });
    h.engine.setInventory('test-shop.myshopify.com', 'gid://shopify/ProductVariant/10021', 0);
    const data = dataOf(
      await h.admin(
        `{ productVariants(first: 10, query: "product_id:102") { nodes { id price compareAtPrice inventoryQuantity availableForSale selectedOptions { name value } product { id } } } draft: productVariant(id: "gid://shopify/ProductVariant/10010") { availableForSale } }`,
      ),
    );
    expect(data['productVariants']).toEqual({
      nodes: [
        {
          id: 'gid://shopify/ProductVariant/10020',
          price: '12.00',
          compareAtPrice: '16.00',
          inventoryQuantity: 10,
          availableForSale: true,
          selectedOptions: [{ name: 'Size', value: '250 g' }],
          product: { id: 'gid://shopify/Product/102' },
        },
        {
          id: 'gid://shopify/ProductVariant/10021',
          price: '17.00',
          compareAtPrice: null,
          inventoryQuantity: 0,
          availableForSale: false,
          selectedOptions: [{ name: 'Size', value: '500 g' }],
          product: { id: 'gid://shopify/Product/102' },
        },
      ],
    });
    expect(data['draft']).toEqual({ availableForSale: false });
  });

  it('counts with productsCount, exact up to the limit', async () => {
    const h = harness({ productCount: 12 });
    const data = dataOf(
      await h.admin(
        '{ all: productsCount { count precision } capped: productsCount(limit: 10) { count precision } active: productsCount(query: "status:active") { count } }',
      ),
    );
    expect(data).toEqual({
      all: { count: 12, precision: 'EXACT' },
      capped: { count: 10, precision: 'AT_LEAST' },
      active: { count: 12 },
    });
  });

  it('refuses a page size above 250 and a connection without first or last', async () => {
    const h = harness();
    const over = await h.admin('{ products(first: 251) { nodes { id } } }');
    const missing = await h.admin('{ products { nodes { id } } }');
    expect(over.errors?.[0]?.extensions?.['code']).toBe('BAD_REQUEST');
    expect(over.data).toBeUndefined();
    expect(missing.errors?.[0]?.message).toBe('you must provide one of first or last');
  });

  it('stops pagination at the 25,000th object', async () => {
    // Given 25,010 products
    const h = harness({ productCount: 25_010, variantsPerProduct: 1, orderCount: 0 }, { restoreRate: 2000 });
    let after: string | null = null;
    let seen = 0;
    let last: Page | undefined;
    // When paging 250 at a time up to the limit
    for (let i = 0; i < 100; i += 1) {
      last = dataOf(await h.admin(PRODUCTS, { first: 250, after }))['products'] as Page;
      seen += last.nodes.length;
      after = last.pageInfo.endCursor;
    }
    // Then exactly 25,000 were served, more exist, and asking past the limit is an error
    expect(seen).toBe(25_000);
    expect(last?.pageInfo.hasNextPage).toBe(true);
    const beyond = await h.admin(PRODUCTS, { first: 250, after });
    expect(beyond.errors?.[0]?.message).toMatch(/limited to 25000 objects/);
  }, 60_000);
});
