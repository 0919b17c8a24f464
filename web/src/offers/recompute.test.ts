import { describe, expect, it } from '@jest/globals';
import type { OrderWithLines, ProductWithVariants, Variant } from '../domain/index.js';
import { createMemoryStores } from '../store/index.js';
import { recomputeOffers, toMerchantRules } from './recompute.js';
import { publishedOffers } from './stored-list.js';

const SHOP = 'recompute.myshopify.com';
const product = (n: number) => `gid://shopify/Product/${n}`;
const variant = (n: number) => `gid://shopify/ProductVariant/${n}`;

function buildVariant(productNumber: number, index: number, size: string, priceMinor: number): Variant {
  return {
    id: variant(productNumber * 10 + index),
    productId: product(productNumber),
    title: size,
    sku: null,
    position: index,
    priceMinor,
    compareAtPriceMinor: null,
    selectedOptions: [{ name: 'Size', value: size }],
    inventoryQuantity: 50,
    availableForSale: true,
    updatedAt: '2026-11-01T00:00:00.000Z',
  };
}

function buildProduct(n: number, overrides: Partial<ProductWithVariants> = {}): ProductWithVariants {
  return {
    id: product(n),
    title: `Product ${n}`,
    handle: `product-${n}`,
    productType: n <= 2 ? 'Tea' : 'Teaware',
    vendor: 'Test',
    status: 'ACTIVE',
    tags: [],
    publishedAt: '2026-01-01T00:00:00.000Z',
    imageUrl: null,
    collectionIds: [],
    options: [{ name: 'Size', values: ['250 g', '500 g'] }],
    updatedAt: '2026-11-01T00:00:00.000Z',
    variants: [buildVariant(n, 1, '250 g', 1_000), buildVariant(n, 2, '500 g', 1_300)],
    ...overrides,
  };
}

function buildOrder(n: number, products: readonly number[], cancelled = false): OrderWithLines {
  return {
    id: `gid://shopify/Order/${n}`,
    createdAt: new Date(Date.UTC(2026, 10, 1) + n * 60_000).toISOString(),
    currency: 'EUR',
    customerHash: null,
    checkoutToken: null,
    subtotalMinor: 0,
    totalMinor: 0,
    refundedMinor: 0,
    cancelledAt: cancelled ? '2026-11-02T00:00:00.000Z' : null,
    updatedAt: '2026-11-02T00:00:00.000Z',
    lines: products.map((p, index) => ({
      lineId: `gid://shopify/LineItem/${n * 10 + index}`,
      productId: product(p),
      variantId: variant(p * 10 + 1),
      quantity: 1,
      unitPriceMinor: 1_000,
      discountedTotalMinor: 1_000,
      tandemAttribute: null,
    })),
  };
}

describe('recomputeOffers', () => {
  it('mines the stored orders into lists the publisher will write, history and catalog meeting on the same products', async () => {
    // Given a catalog of four products where 1 and 3 are bought together often, and a cancelled order pairing 1 and 4
    const stores = createMemoryStores();
    await stores.catalog.upsertProducts(
      SHOP,
      [1, 2, 3, 4].map((n) => buildProduct(n)),
    );
    const orders = [
      ...Array.from({ length: 6 }, (_, i) => buildOrder(i + 1, [1, 3])),
      buildOrder(7, [2, 3]),
      buildOrder(8, [1, 2]),
      buildOrder(9, [1, 4], true),
      buildOrder(10, [1, 4], true),
    ];
    await stores.orders.upsertOrders(SHOP, orders);

    // When the offers are recomputed
    const report = await recomputeOffers({
      stores,
      shop: SHOP,
      now: () => new Date('2026-11-23T12:00:00.000Z'),
    });

    // Then product 1 offers product 3 first, as bought together by 6 shoppers, and its next size up
    const offers = publishedOffers(await stores.offers.getList(SHOP, product(1)));
    expect(offers[0]).toMatchObject({
      productId: product(3),
      kind: 'xsell',
      reason: 'bought_together',
      support: 6,
    });
    expect(offers).toContainEqual(
      expect.objectContaining({ kind: 'upgrade', fromVariantId: variant(11), variantId: variant(12) }),
    );
    // And cancelled orders taught nothing: product 4 is never "bought together" with 1
    expect(offers).not.toContainEqual(
      expect.objectContaining({ productId: product(4), reason: 'bought_together' }),
    );
    expect(report).toMatchObject({ orders: 8, products: 4, lists: 4, changed: 4 });
    expect(report.coldStart).toBe(1);
  });

  it('weighs recent orders more than old ones: what shoppers buy together now leads', async () => {
    // Given product 1 bought with 3 in six orders eighteen months ago, and with 4 in four orders this month
    const stores = createMemoryStores();
    await stores.catalog.upsertProducts(
      SHOP,
      [1, 3, 4].map((n) => buildProduct(n)),
    );
    const old = Array.from({ length: 6 }, (_, i) => ({
      ...buildOrder(i + 1, [1, 3]),
      createdAt: new Date(Date.UTC(2025, 4, 1) + i * 60_000).toISOString(),
    }));
    const recent = Array.from({ length: 4 }, (_, i) => buildOrder(i + 10, [1, 4]));
    await stores.orders.upsertOrders(SHOP, [...old, ...recent]);

    // When the offers are recomputed with the default settings
    await recomputeOffers({ stores, shop: SHOP, now: () => new Date('2026-11-23T12:00:00.000Z') });

    // Then product 4 comes first, although 3 was bought with 1 more often over all time
    const offers = publishedOffers(await stores.offers.getList(SHOP, product(1)));
    expect(offers[0]).toMatchObject({ kind: 'xsell', productId: product(4) });
  });

  it("honours the merchant's stored rules, down to an excluded variant", async () => {
    // Given 1 bought with 3 often, and the merchant excluding 3's 250 g variant everywhere
    const stores = createMemoryStores();
    await stores.catalog.upsertProducts(
      SHOP,
      [1, 3].map((n) => buildProduct(n)),
    );
    await stores.orders.upsertOrders(
      SHOP,
      Array.from({ length: 4 }, (_, i) => buildOrder(i + 1, [1, 3])),
    );
    await stores.rules.add(SHOP, {
      kind: 'exclude',
      productId: null,
      targetProductId: product(3),
      targetVariantId: variant(31),
    });

    // When the offers are recomputed
    await recomputeOffers({ stores, shop: SHOP, now: () => new Date('2026-11-23T12:00:00.000Z') });

    // Then 1 offers 3 as its 500 g
    const offers = publishedOffers(await stores.offers.getList(SHOP, product(1)));
    expect(offers[0]).toMatchObject({ kind: 'xsell', productId: product(3), variantId: variant(32) });
  });

  it('marks every list unpublished again with republishAll (a fresh emulator holds no metafields)', async () => {
    // Given lists computed and published before
    const stores = createMemoryStores();
    await stores.catalog.upsertProducts(
      SHOP,
      [1, 2].map((n) => buildProduct(n)),
    );
    await stores.orders.upsertOrders(SHOP, [buildOrder(1, [1, 2]), buildOrder(2, [1, 2])]);
    const deps = { stores, shop: SHOP, now: () => new Date('2026-11-23T12:00:00.000Z') };
    await recomputeOffers(deps);
    const first = await stores.offers.listUnpublished(SHOP);
    await stores.offers.markPublished(
      SHOP,
      first.items.map(({ productId, contentHash }) => ({ productId, contentHash })),
    );

    // When the same data is recomputed, without and then with republishAll
    await recomputeOffers(deps);
    const unchanged = await stores.offers.listUnpublished(SHOP);
    await recomputeOffers(deps, { republishAll: true });

    // Then only republishAll brings every list back to the publisher
    expect(unchanged.items).toEqual([]);
    expect((await stores.offers.listUnpublished(SHOP)).items.map((list) => list.productId).sort()).toEqual([
      product(1),
      product(2),
    ]);
  });
});

describe('toMerchantRules', () => {
  it('turns the admin rules into the engine rules', () => {
    // Given one rule of each kind
    const base = { id: 'r', createdAt: '2026-11-01T00:00:00.000Z' };
    const rules = toMerchantRules([
      { ...base, kind: 'pin', productId: product(1), targetProductId: product(2), targetVariantId: null },
      {
        ...base,
        kind: 'pin',
        productId: product(1),
        targetProductId: product(3),
        targetVariantId: variant(32),
      },
      {
        ...base,
        kind: 'manual',
        productId: product(1),
        targetProductId: product(4),
        targetVariantId: null,
        offerKind: 'xsell',
      },
      {
        ...base,
        kind: 'manual',
        productId: product(5),
        targetProductId: product(6),
        targetVariantId: null,
        offerKind: 'upgrade',
      },
      { ...base, kind: 'exclude', productId: null, targetProductId: product(7), targetVariantId: null },
      { ...base, kind: 'exclude', productId: product(1), targetProductId: product(8), targetVariantId: null },
      {
        ...base,
        kind: 'exclude',
        productId: null,
        targetProductId: product(10),
        targetVariantId: variant(101),
      },
      { ...base, kind: 'never_together', productId: product(2), targetProductId: product(9) },
    ]);

    // When mapped
    // Then pins keep their order and a chosen variant, a manual upgrade declares a tier family, a scoped exclude keeps the pair apart,
    // and a shop-wide exclude of a variant removes that variant only
    expect(rules).toEqual({
      pins: [
        {
          productId: product(1),
          offerProductIds: [product(2), product(3)],
          variants: { [product(3)]: variant(32) },
        },
      ],
      manual: [{ productId: product(1), offerProductId: product(4) }],
      families: [{ productIds: [product(5), product(6)] }],
      excludes: [product(7)],
      excludedVariants: [variant(101)],
      neverTogether: [
        [product(1), product(8)],
        [product(2), product(9)],
      ],
    });
  });
});
