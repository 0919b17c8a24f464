import { describe, expect, it } from '@jest/globals';
import type { EmulatedVariant } from '../state/types.js';
import { catalogModelFor, materialiseCatalog } from './catalog-stream.js';
import { resolveOptions } from './options.js';
import { generateDemoShop } from './shop.js';

const cents = (decimal: string): number => Math.round(Number(decimal) * 100);

describe('demo orders', () => {
  it('reference existing variants at their price, with consistent totals, sorted by time', () => {
    // Given a shop with a few thousand orders
    const shop = generateDemoShop({ orders: 4_000 });
    const variants = new Map<string, EmulatedVariant>(
      shop.products.flatMap((p) => p.variants.map((v) => [v.id, v] as const)),
    );
    const customers = new Set(shop.customers.map((customer) => customer.id));
    const end = Date.parse('2026-11-01T00:00:00Z');
    const problems: string[] = [];
    const check = (ok: boolean, what: string): void => {
      if (!ok) problems.push(what);
    };
    let previous = '';
    let previousId = 0;
    for (const order of shop.orders) {
      const id = Number(order.id.split('/').pop());
      // Then orders are sorted, ids rise with time, nothing is after the end of the history
      check(order.createdAt >= previous && id > previousId, `${order.name} out of order`);
      check(
        Date.parse(order.createdAt) < end && Date.parse(order.updatedAt) <= end,
        `${order.name} after the end`,
      );
      check(order.customerId === null || customers.has(order.customerId), `${order.name} unknown customer`);
      check(/^[0-9a-f]{32}$/.test(order.checkoutToken ?? ''), `${order.name} checkout token`);
      check(
        new Set(order.lineItems.map((line) => line.productId)).size === order.lineItems.length,
        `${order.name} repeats a product`,
      );
      previous = order.createdAt;
      previousId = id;
      // And each line points at a variant of its product, priced as the variant, discounted by at most 20 %
      let subtotal = 0;
      for (const line of order.lineItems) {
        const variant = variants.get(line.variantId ?? '');
        const gross = line.quantity * cents(line.originalUnitPrice);
        const net = cents(line.discountedTotal);
        check(variant?.productId === line.productId, `${line.id} variant of another product`);
        check(line.originalUnitPrice === variant?.price, `${line.id} price differs from its variant`);
        check(
          net <= gross && net >= Math.round(gross * 0.8),
          `${line.id} discounted total ${net} vs ${gross}`,
        );
        subtotal += net;
      }
      // And the totals add up (shipping is €4.95 below €50), cancelled orders are refunded in full
      check(cents(order.subtotalPrice) === subtotal, `${order.name} subtotal`);
      check(cents(order.totalPrice) - subtotal === (subtotal >= 5_000 ? 0 : 495), `${order.name} shipping`);
      check(
        order.cancelledAt === null || order.totalRefunded === order.totalPrice,
        `${order.name} cancelled, not refunded`,
      );
    }
    expect(problems).toEqual([]);
    expect(new Set(shop.orders.map((order) => order.checkoutToken)).size).toBe(shop.orders.length);
    expect(shop.orders.some((order) => order.cancelledAt !== null)).toBe(true);
    expect(shop.orders.some((order) => order.cancelledAt === null && order.totalRefunded !== '0.00')).toBe(
      true,
    );
    expect(
      shop.orders.some((order) =>
        order.lineItems.some(
          (line) => cents(line.discountedTotal) < line.quantity * cents(line.originalUnitPrice),
        ),
      ),
    ).toBe(true);
  });

  it('sell the middle tier most and the top tier to some', () => {
    // Given the orders of products with three tiers
    const shop = generateDemoShop({ orders: 6_000 });
    const tierOf = new Map<string, number>();
    for (const product of shop.products) {
      if (product.options[0]?.values.length !== 3 || product.options.length !== 1) continue;
      for (const variant of product.variants) tierOf.set(variant.id, variant.position - 1);
    }
    const sold = [0, 0, 0];
    for (const line of shop.orders.flatMap((order) => order.lineItems)) {
      const tier = tierOf.get(line.variantId ?? '');
      if (tier !== undefined) sold[tier] = (sold[tier] ?? 0) + 1;
    }
    // Then the middle tier leads and the top tier is bought by a fair share
    const [low = 0, middle = 0, top = 0] = sold;
    expect(middle).toBeGreaterThan(low);
    expect(middle).toBeGreaterThan(top);
    expect(top / (low + middle + top)).toBeGreaterThan(0.1);
  });

  it('raise tier prices along the tier axis, cheaper per unit for sizes and packs', () => {
    // Given the catalog and, from its model, which option of each product is the tier axis
    const model = catalogModelFor(resolveOptions());
    const entries = [...materialiseCatalog(model)];
    let checked = 0;
    for (const spec of model.specs) {
      const product = entries[spec.index]?.product;
      if (!spec.tierAxis || !product || spec.tierValues.length < 2) continue;
      // Then the tier option comes first and each tier costs more than the one before
      expect(product.options[0]?.name).toBe(spec.tierAxis.option);
      const extras = product.options[1]?.values.length ?? 1;
      const tierPrices = spec.tierValues.map((_, tier) =>
        cents(product.variants[tier * extras]?.price ?? ''),
      );
      tierPrices.slice(1).forEach((price, i) => expect(price).toBeGreaterThan(tierPrices[i] ?? Infinity));
      // And every variant of a tier has the tier's price
      product.variants.forEach((variant, position) =>
        expect(cents(variant.price)).toBe(tierPrices[Math.floor(position / extras)]),
      );
      // And on weight, volume and pack axes the larger tier is cheaper per unit
      if (spec.tierAxis.perUnit) {
        const units = spec.tierValues.map(
          (value) => spec.tierAxis?.units[spec.tierAxis.values.indexOf(value)] ?? NaN,
        );
        const unitPrices = tierPrices.map((price, i) => price / (units[i] as number));
        unitPrices.slice(1).forEach((unitPrice, i) => expect(unitPrice).toBeLessThan(unitPrices[i] ?? 0));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(80);
  });

  it('keep same-priced options (clothing sizes, grinds) off the tier axis', () => {
    // Given the catalog
    const products = generateDemoShop({ orders: 0 }).products;
    // Then products sized S–XL cost the same in every size
    const apparel = products.filter((product) =>
      product.options.some((option) => option.values.join() === 'S,M,L,XL'),
    );
    expect(apparel.length).toBeGreaterThan(3);
    for (const product of apparel)
      expect(new Set(product.variants.map((variant) => variant.price)).size).toBe(1);
  });
});
