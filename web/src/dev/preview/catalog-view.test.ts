import { describe, expect, it } from '@jest/globals';
import type { ProductWithVariants } from '../../domain/index.js';
import { createMemoryStores } from '../../store/index.js';
import { previewCatalog } from './catalog-view.js';

const SHOP = 'catalog-view.myshopify.com';
const pid = (n: number) => `gid://shopify/Product/${n}`;
const vid = (n: number) => `gid://shopify/ProductVariant/${n}`;

function product(n: number, overrides: Partial<ProductWithVariants> = {}): ProductWithVariants {
  const variant = (index: number, title: string, available = true) => ({
    id: vid(n * 10 + index),
    productId: pid(n),
    title,
    sku: null,
    position: index,
    priceMinor: 1_000 * index,
    compareAtPriceMinor: null,
    selectedOptions: [{ name: 'Size', value: title }],
    inventoryQuantity: available ? 5 : 0,
    availableForSale: available,
    updatedAt: '2026-11-01T00:00:00.000Z',
  });
  return {
    id: pid(n),
    title: `Product ${n}`,
    handle: `p${n}`,
    productType: 'Tea',
    vendor: 'V',
    status: 'ACTIVE',
    tags: [],
    publishedAt: '2026-01-01T00:00:00.000Z',
    imageUrl: null,
    collectionIds: [],
    options: [],
    updatedAt: '2026-11-01T00:00:00.000Z',
    variants: [variant(1, 'Small'), variant(2, 'Large')],
    ...overrides,
  };
}

const xsell = (to: number) => ({
  v: vid(to * 10 + 1),
  p: pid(to),
  s: 0.5,
  r: 'bought_together',
  k: 'xsell',
  n: 3,
});
const upgrade = (n: number) => ({
  v: vid(n * 10 + 2),
  p: pid(n),
  s: 0.4,
  r: 'next_tier',
  k: 'upgrade',
  f: vid(n * 10 + 1),
});

describe('previewCatalog', () => {
  it('lists sellable products and ranks sample lines that have both bought-together offers and an upgrade', async () => {
    // Given products with different offer lists, a draft and an unpublished product
    const stores = createMemoryStores();
    await stores.catalog.upsertProducts(SHOP, [
      product(1),
      product(2),
      product(3),
      product(4, { status: 'DRAFT' }),
      product(5, { publishedAt: null }),
    ]);
    const computedAt = '2026-11-23T10:00:00.000Z';
    await stores.offers.putLists(SHOP, [
      { productId: pid(1), offers: [xsell(2), upgrade(1)], computedAt },
      { productId: pid(2), offers: [xsell(1), xsell(3), upgrade(2)], computedAt },
      { productId: pid(3), offers: [xsell(1), { ...xsell(2), r: 'popular' }], computedAt },
    ]);

    // When the preview's catalog is built
    const catalog = await previewCatalog(stores, SHOP);

    // Then drafts and unpublished products are left out, and samples start from the upgradable variant, most paired first
    expect(catalog.products.map((entry) => entry.id)).toEqual([pid(1), pid(2), pid(3)]);
    expect(catalog.products[0]?.variants[1]).toEqual({
      id: vid(12),
      title: 'Large',
      price: 20,
      available: true,
    });
    expect(catalog.samples).toEqual([
      { productId: pid(2), variantId: vid(21), title: 'Product 2 — Small', crossSells: 2 },
      { productId: pid(1), variantId: vid(11), title: 'Product 1 — Small', crossSells: 1 },
    ]);
  });
});
