import { describe, expect, it } from '@jest/globals';
import { buildProduct } from '../state/test-shop.js';
import { dataOf, harness } from '../engine/__fixtures__/harness.js';

const OFFER_QUERY = (context: string) => `query Offers($ids: [ID!]!) ${context} {
  nodes(ids: $ids) {
    ... on ProductVariant { id title availableForSale price { amount currencyCode } compareAtPrice { amount currencyCode }
      image { url } product { id title handle } }
    ... on Product { id title availableForSale featuredImage { url altText } }
  } }`;

const IDS = ['gid://shopify/ProductVariant/10010', 'gid://shopify/Product/102', 'gid://shopify/Product/999'];

describe('Storefront API', () => {
  it('prices variants in the buyer currency and titles in the buyer language', async () => {
    const h = harness();
    const data = dataOf(
      await h.storefront(OFFER_QUERY('@inContext(country: NO, language: NL)'), { ids: IDS }),
    );
    expect(data['nodes']).toEqual([
      {
        id: 'gid://shopify/ProductVariant/10010',
        title: '250 g',
        availableForSale: true,
        price: { amount: '127.0', currencyCode: 'NOK' },
        compareAtPrice: { amount: '173.0', currencyCode: 'NOK' },
        image: { url: 'https://test-shop.myshopify.com/images/coffee-1.svg' },
        product: { id: 'gid://shopify/Product/101', title: 'Koffie 1', handle: 'coffee-1' },
      },
      {
        id: 'gid://shopify/Product/102',
        title: 'Koffie 2',
        availableForSale: true,
        featuredImage: { url: 'https://test-shop.myshopify.com/images/coffee-2.svg', altText: 'Koffie 2' },
      },
      null,
    ]);
  });

  it('keeps shop-currency prices as they are and falls back to the default title', async () => {
    const h = harness();
    const data = dataOf(
      await h.storefront(OFFER_QUERY('@inContext(country: DE, language: NB)'), { ids: IDS.slice(0, 1) }),
    );
    expect(data['nodes']).toMatchObject([
      { price: { amount: '11.0', currencyCode: 'EUR' }, product: { title: 'Coffee 1' } },
    ]);
    const plain = dataOf(await h.storefront(OFFER_QUERY(''), { ids: IDS.slice(0, 1) }));
    expect(plain['nodes']).toMatchObject([{ price: { amount: '11.0', currencyCode: 'EUR' } }]);
  });

  it('hides drafts and unpublished products and marks sold-out variants unavailable', async () => {
    const products = [
      buildProduct(1, { status: 'DRAFT' }),
      buildProduct(2, { publishedAt: null }),
      buildProduct(3),
    ];
    const h = harness({ products, orderCount: 0 });
    h.engine.setInventory('test-shop.myshopify.com', 'gid://shopify/ProductVariant/10030', 0);
    const data = dataOf(
      await h.storefront(`{ a: product(id: "gid://shopify/Product/101") { id } b: product(handle: "coffee-2") { id }
      c: product(handle: "coffee-3") { availableForSale variants(first: 5) { nodes { availableForSale quantityAvailable } } } }`),
    );
    expect(data).toEqual({
      a: null,
      b: null,
      c: {
        availableForSale: true,
        variants: {
          nodes: [
            { availableForSale: false, quantityAvailable: 0 },
            { availableForSale: true, quantityAvailable: 11 },
          ],
        },
      },
    });
  });

  it('answers unknown fields with Shopify-shaped errors', async () => {
    const h = harness();
    expect(
      (await h.storefront('{ product(id: "gid://shopify/Product/101") { colour } }')).errors?.[0]?.extensions,
    ).toEqual({ code: 'undefinedField', typeName: 'Product', fieldName: 'colour' });
  });

  it('applies the page rules: first or last required, at most 250', async () => {
    const h = harness();
    expect((await h.storefront('{ products { nodes { id } } }')).errors?.[0]?.message).toBe(
      'you must provide one of first or last',
    );
    expect((await h.storefront('{ products(first: 300) { nodes { id } } }')).errors?.[0]?.extensions).toEqual(
      { code: 'BAD_REQUEST' },
    );
    expect(dataOf(await h.storefront('{ products(first: 2) { nodes { handle } } }'))).toEqual({
      products: { nodes: [{ handle: 'coffee-1' }, { handle: 'coffee-2' }] },
    });
  });

  it("reports the merchant's unit price per reference quantity in the buyer's currency", async () => {
    // Given a 250 g bag at 11.00 EUR whose unit price the merchant set per kg, and a variant without one
    const measured = buildProduct(1);
    const [bag, other] = measured.variants;
    if (!bag || !other) throw new Error('test product has two variants');
    bag.unitPriceMeasurement = {
      measuredType: 'WEIGHT',
      quantityValue: 250,
      quantityUnit: 'G',
      referenceValue: 1,
      referenceUnit: 'KG',
    };
    const h = harness({ products: [measured], orderCount: 0 });
    const query = `query($ids: [ID!]!) @inContext(country: NO) { nodes(ids: $ids) { ... on ProductVariant {
      unitPrice { amount currencyCode }
      unitPriceMeasurement { measuredType quantityValue quantityUnit referenceValue referenceUnit } } } }`;
    const data = dataOf(await h.storefront(query, { ids: [bag.id, other.id] }));
    // Then 44.00 EUR per kg, in NOK (at the emulator's 11.5); and nothing for the variant without a measurement
    expect(data['nodes']).toEqual([
      {
        unitPrice: { amount: '506.0', currencyCode: 'NOK' },
        unitPriceMeasurement: {
          measuredType: 'WEIGHT',
          quantityValue: 250,
          quantityUnit: 'G',
          referenceValue: 1,
          referenceUnit: 'KG',
        },
      },
      { unitPrice: null, unitPriceMeasurement: null },
    ]);
  });
});
