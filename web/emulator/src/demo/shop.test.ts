import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { DEMO_LOCALES } from '../state/types.js';
import { generateDemoShop } from './shop.js';

const sha256 = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');
const DECIMAL = /^\d+\.\d{2}$/;

describe('generateDemoShop', () => {
  it('gives the default shop byte for byte again for the same seed, with the documented sizes', () => {
    // Given the default options twice
    // When the shop is generated each time
    const shop = generateDemoShop();
    const again = generateDemoShop();
    // Then both hash identically
    expect(sha256(again)).toBe(sha256(shop));
    // And it has ~400 products with tier variants, 25,000 orders of 2–3 lines, a few hundred repeat customers
    const variants = shop.products.reduce((sum, product) => sum + product.variants.length, 0);
    const lines = shop.orders.reduce((sum, order) => sum + order.lineItems.length, 0);
    const ordersByCustomer = new Map<string, number>();
    for (const order of shop.orders) {
      if (order.customerId)
        ordersByCustomer.set(order.customerId, (ordersByCustomer.get(order.customerId) ?? 0) + 1);
    }
    const repeat = [...ordersByCustomer.values()].filter((count) => count > 1).length;
    expect(shop.products).toHaveLength(400);
    expect(variants).toBeGreaterThan(800);
    expect(shop.orders).toHaveLength(25_000);
    expect(lines / shop.orders.length).toBeGreaterThan(2);
    expect(lines / shop.orders.length).toBeLessThan(3);
    expect(repeat).toBeGreaterThan(200);
    expect(repeat).toBeLessThan(1_000);
    expect(shop.orders.filter((order) => order.customerId === null).length).toBeGreaterThan(5_000);
  });

  it('gives another shop for another seed', () => {
    // Given two seeds
    // When small shops are generated
    const one = generateDemoShop({ seed: 1, orders: 1_000 });
    const two = generateDemoShop({ seed: 2, orders: 1_000 });
    // Then catalog and orders differ
    expect(sha256(two.products)).not.toBe(sha256(one.products));
    expect(sha256(two.orders)).not.toBe(sha256(one.orders));
  });

  it('keeps catalog invariants: unique ids and handles, valid prices, compare-at above price, translations', () => {
    // Given a shop
    const shop = generateDemoShop({ orders: 0 });
    const variants = shop.products.flatMap((product) => product.variants);
    const problems: string[] = [];
    // Then ids and handles are unique
    expect(new Set(shop.products.map((product) => product.id)).size).toBe(shop.products.length);
    expect(new Set(shop.products.map((product) => product.handle)).size).toBe(shop.products.length);
    expect(new Set(variants.map((variant) => variant.id)).size).toBe(variants.length);
    for (const product of shop.products) {
      // And every locale has a title, the image is the local SVG, options multiply out to the variants
      if (DEMO_LOCALES.some((locale) => (product.translations[locale]?.length ?? 0) < 4))
        problems.push(`${product.handle}: translation`);
      if (product.translations.en !== product.title) problems.push(`${product.handle}: en title`);
      if (product.imageUrl !== `/images/${product.handle}.svg`) problems.push(`${product.handle}: image`);
      if (product.options.reduce((n, option) => n * option.values.length, 1) !== product.variants.length)
        problems.push(`${product.handle}: options`);
      for (const variant of product.variants) {
        // And prices are two-decimal strings, compare-at prices above the price
        if (variant.productId !== product.id) problems.push(`${variant.id}: product`);
        if (!DECIMAL.test(variant.price)) problems.push(`${variant.id}: price ${variant.price}`);
        if (
          variant.compareAtPrice !== null &&
          !(DECIMAL.test(variant.compareAtPrice) && Number(variant.compareAtPrice) > Number(variant.price))
        ) {
          problems.push(`${variant.id}: compare-at ${variant.compareAtPrice} vs ${variant.price}`);
        }
      }
    }
    expect(problems).toEqual([]);
    // And the catalog has drafts, archived, unpublished, sold-out and discounted products
    expect(shop.products.some((product) => product.status === 'DRAFT')).toBe(true);
    expect(shop.products.some((product) => product.status === 'ARCHIVED')).toBe(true);
    expect(shop.products.some((product) => product.status === 'ACTIVE' && product.publishedAt === null)).toBe(
      true,
    );
    expect(
      variants.some((variant) => variant.inventoryQuantity === 0 && variant.inventoryPolicy === 'DENY'),
    ).toBe(true);
    expect(variants.filter((variant) => variant.compareAtPrice !== null).length).toBeGreaterThan(20);
    expect(
      shop.products.filter((product) => product.translations.de !== product.title).length,
    ).toBeGreaterThan(350);
  });

  it('uses natural translations built from word parts', () => {
    // Given the default catalog
    const titles = generateDemoShop({ orders: 0 }).products.map((product) => product.translations);
    // Then a coffee grinder is a Koffiemolen / Kaffeemühle / Kaffekvern
    const grinder = titles.find((t) => / Coffee Grinder/.test(t.en ?? ''));
    expect(grinder?.nl).toMatch(/ Koffiemolen/);
    expect(grinder?.de).toMatch(/ Kaffeemühle/);
    expect(grinder?.nb).toMatch(/ Kaffekvern/);
  });

  it('sets a unit price on goods sold by measure, as an EU merchant must, and on nothing else', () => {
    // Given the default shop
    const { products } = generateDemoShop({ orders: 0 });
    const variantsOf = (type: string) =>
      products.filter((p) => p.productType === type).flatMap((p) => p.variants);
    // Then tiered coffee and tea carry a weight measurement per 1 kg or per 100 g
    const tea = variantsOf('Loose Leaf Tea').filter((v) =>
      v.selectedOptions.some((o) => o.name === 'Weight'),
    );
    expect(tea.length).toBeGreaterThan(0);
    for (const variant of tea)
      expect(variant.unitPriceMeasurement).toMatchObject({ measuredType: 'WEIGHT', quantityUnit: 'G' });
    // And backpacks (a volume that is their size) and teapots (a capacity) carry none
    const sized = [...variantsOf('Backpack'), ...variantsOf('Teaware')].filter((v) =>
      v.selectedOptions.some((o) => o.name === 'Volume' || o.name === 'Capacity'),
    );
    expect(sized.length).toBeGreaterThan(0);
    for (const variant of sized) expect(variant.unitPriceMeasurement ?? null).toBeNull();
  });
});
