import { describe, expect, it } from '@jest/globals';
import type { ProductWithVariants } from '@tandem/web/domain/index';
import type { CatalogStore } from '@tandem/web/store/index';
import type { FixtureFactory } from '../../support/db.js';
import { buildProduct, buildVariant, productGid, variantGid } from './builders.js';
import { expectInvalid } from './expect-invalid.js';

async function listAll(catalog: CatalogStore, shop: string, limit: number, updatedSince?: string) {
  const pages: ProductWithVariants[][] = [];
  let after: string | null = null;
  do {
    const page = await catalog.listProducts(shop, {
      after,
      limit,
      ...(updatedSince ? { updatedSince } : {}),
    });
    pages.push([...page.items]);
    after = page.nextCursor;
  } while (after !== null);
  return pages;
}

export function describeCatalogStoreContract(name: string, fixture: FixtureFactory): void {
  describe(`CatalogStore [${name}]`, () => {
    it('upserts idempotently', async () => {
      // Given a batch of products
      const { stores, shop } = fixture();
      const products = [buildProduct(1), buildProduct(2)];
      // When the same batch is written twice
      const first = await stores.catalog.upsertProducts(shop, products);
      const second = await stores.catalog.upsertProducts(shop, products);
      // Then the store holds each product once, exactly as written
      expect(first).toEqual({ written: 2, stale: 0 });
      expect(second).toEqual({ written: 2, stale: 0 });
      expect(await stores.catalog.countProducts(shop)).toBe(2);
      expect(await stores.catalog.getProduct(shop, productGid(1))).toEqual(products[0]);
    });

    it("replaces a product's variants", async () => {
      // Given a product with two variants
      const { stores, shop } = fixture();
      await stores.catalog.upsertProducts(shop, [buildProduct(1)]);
      // When it is updated with one changed variant and one removed
      const updated = buildProduct(1, {
        updatedAt: '2025-01-02T00:00:00.000Z',
        variants: [buildVariant(1, 2, { priceMinor: 999 })],
      });
      await stores.catalog.upsertProducts(shop, [updated]);
      // Then only the listed variant remains, with its new price
      const stored = await stores.catalog.getProduct(shop, productGid(1));
      expect(stored?.variants.map((v) => [v.id, v.priceMinor])).toEqual([[variantGid(102), 999]]);
    });

    it('ignores stale updates and keeps the newest copy', async () => {
      // Given a product updated on Jan 2
      const { stores, shop } = fixture();
      await stores.catalog.upsertProducts(shop, [
        buildProduct(1, { title: 'New', updatedAt: '2025-01-02T00:00:00Z' }),
      ]);
      // When an older copy arrives late, and a batch repeats another product
      const late = await stores.catalog.upsertProducts(shop, [
        buildProduct(1, { title: 'Old', updatedAt: '2025-01-01T00:00:00Z' }),
        buildProduct(2, { title: 'B newer', updatedAt: '2025-01-03T00:00:00Z' }),
        buildProduct(2, { title: 'B older', updatedAt: '2025-01-01T00:00:00Z' }),
      ]);
      // Then the stale copy is skipped and the repeat resolves to its newest version
      expect(late).toEqual({ written: 1, stale: 1 });
      expect((await stores.catalog.getProduct(shop, productGid(1)))?.title).toBe('New');
      expect((await stores.catalog.getProduct(shop, productGid(2)))?.title).toBe('B newer');
    });

    it('normalises timestamps to UTC ISO form', async () => {
      const { stores, shop } = fixture();
      await stores.catalog.upsertProducts(shop, [
        buildProduct(1, { updatedAt: '2025-01-01T01:00:00+01:00', publishedAt: '2025-01-01T00:00:00Z' }),
      ]);
      const stored = await stores.catalog.getProduct(shop, productGid(1));
      expect(stored?.updatedAt).toBe('2025-01-01T00:00:00.000Z');
      expect(stored?.publishedAt).toBe('2025-01-01T00:00:00.000Z');
    });

    it('updates inventory of known variants unless stale', async () => {
      // Given a product whose variants were updated on Jan 1
      const { stores, shop } = fixture();
      await stores.catalog.upsertProducts(shop, [buildProduct(1)]);
      // When inventory arrives for a known variant, an unknown one, and stale for another
      const result = await stores.catalog.updateInventory(shop, [
        {
          variantId: variantGid(101),
          inventoryQuantity: -2,
          availableForSale: false,
          updatedAt: '2025-01-05T00:00:00Z',
        },
        {
          variantId: variantGid(999),
          inventoryQuantity: 5,
          availableForSale: true,
          updatedAt: '2025-01-05T00:00:00Z',
        },
        {
          variantId: variantGid(102),
          inventoryQuantity: 0,
          availableForSale: false,
          updatedAt: '2024-12-01T00:00:00Z',
        },
      ]);
      // Then only the fresh update of the known variant is applied
      expect(result).toEqual({ written: 1, stale: 2 });
      const variants = (await stores.catalog.getProduct(shop, productGid(1)))?.variants;
      expect(variants?.map((v) => [v.inventoryQuantity, v.availableForSale])).toEqual([
        [-2, false],
        [10, true],
      ]);
    });

    it('deletes products with their variants', async () => {
      const { stores, shop } = fixture();
      await stores.catalog.upsertProducts(shop, [buildProduct(1), buildProduct(2)]);
      expect(await stores.catalog.deleteProducts(shop, [productGid(1), productGid(3)])).toBe(1);
      expect(await stores.catalog.getProduct(shop, productGid(1))).toBeUndefined();
      expect(await stores.catalog.countProducts(shop)).toBe(1);
      // A re-created product does not get its old variants back
      await stores.catalog.upsertProducts(shop, [buildProduct(1, { variants: [] })]);
      expect((await stores.catalog.getProduct(shop, productGid(1)))?.variants).toEqual([]);
    });

    it('paginates with a cursor, every product exactly once in id order', async () => {
      // Given 25 products, 5 of them updated later
      const { stores, shop } = fixture();
      const products = Array.from({ length: 25 }, (_, i) =>
        buildProduct(i + 1, i % 5 === 0 ? { updatedAt: '2025-06-01T00:00:00.000Z' } : {}),
      );
      await stores.catalog.upsertProducts(shop, products);
      // When paging 10 at a time, and filtering by update time
      const pages = await listAll(stores.catalog, shop, 10);
      const recent = (await listAll(stores.catalog, shop, 2, '2025-05-01T00:00:00Z')).flat();
      // Then the pages cover every product once, in id order, with variants
      expect(pages.map((page) => page.length)).toEqual([10, 10, 5]);
      const ids = pages.flat().map((p) => p.id);
      expect(ids).toEqual(products.map((p) => p.id).sort());
      expect(pages.flat().every((p) => p.variants.length === 2)).toBe(true);
      expect(recent.map((p) => p.id).sort()).toEqual(
        products
          .filter((_, i) => i % 5 === 0)
          .map((p) => p.id)
          .sort(),
      );
    });

    it('keeps shops apart', async () => {
      // Given the same product id in two shops
      const { stores, shop, otherShop } = fixture();
      await stores.catalog.upsertProducts(shop, [buildProduct(1, { title: 'Mine' })]);
      await stores.catalog.upsertProducts(otherShop, [buildProduct(1, { title: 'Theirs' })]);
      // When one shop deletes it
      await stores.catalog.deleteProducts(otherShop, [productGid(1)]);
      // Then the other shop's copy is untouched and listings never mix
      expect((await stores.catalog.getProduct(shop, productGid(1)))?.title).toBe('Mine');
      expect(await stores.catalog.countProducts(otherShop)).toBe(0);
      expect((await stores.catalog.listProducts(otherShop)).items).toEqual([]);
    });

    it('rejects bad input naming the field and stores nothing of the batch', async () => {
      // Given a batch whose second product has a float price and a non-GID id
      const { stores, shop } = fixture();
      const bad = buildProduct(2, { variants: [buildVariant(2, 1, { priceMinor: 12.5 })] });
      // When written
      const error = await expectInvalid(
        stores.catalog.upsertProducts(shop, [buildProduct(1), bad, { ...buildProduct(3), id: '3' }]),
        'products[1].variants[0].priceMinor',
      );
      // Then every problem is named and nothing was stored
      expect(error.issues.map((issue) => issue.path)).toContain('products[2].id');
      expect(await stores.catalog.countProducts(shop)).toBe(0);
      await expectInvalid(stores.catalog.listProducts(shop, { limit: 0 }), 'limit');
      await expectInvalid(stores.catalog.listProducts(shop, { after: 'garbage' }), 'after');
      await expectInvalid(stores.catalog.countProducts('nope'), 'shop');
    });
  });
}
