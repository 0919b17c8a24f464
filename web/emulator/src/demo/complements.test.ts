import { describe, expect, it } from '@jest/globals';
import { plantedComplements, streamDemoCatalog } from './catalog-stream.js';
import { streamDemoOrders } from './order-stream.js';

/** Orders per product and per unordered product pair, from the streamed default history. */
function coOccurrence(orders: number) {
  const single = new Map<number, number>();
  const pairs = new Map<string, number>();
  let total = 0;
  for (const order of streamDemoOrders({ orders })) {
    total += 1;
    const products = [...new Set(order.lines.map((line) => line.productId))].sort((a, b) => a - b);
    products.forEach((a, i) => {
      single.set(a, (single.get(a) ?? 0) + 1);
      for (const b of products.slice(i + 1)) pairs.set(`${a}:${b}`, (pairs.get(`${a}:${b}`) ?? 0) + 1);
    });
  }
  const together = (a: number, b: number): number => pairs.get(a < b ? `${a}:${b}` : `${b}:${a}`) ?? 0;
  const expected = (a: number, b: number): number => ((single.get(a) ?? 0) * (single.get(b) ?? 0)) / total;
  return { single, together, expected };
}

describe('plantedComplements', () => {
  it('lists 30–60 planted pairs and triples between live products of the matching kinds', () => {
    // Given the default seed's ground truth and catalog
    const planted = plantedComplements(1);
    const products = new Map([...streamDemoCatalog()].map(({ product }) => [product.id, product]));
    // Then there are 30–60 planted partners, pairs and triples among them
    expect(planted.length).toBeGreaterThanOrEqual(30);
    expect(planted.length).toBeLessThanOrEqual(60);
    expect(planted.some((p) => p.groupSize === 3)).toBe(true);
    for (const complement of planted) {
      // And both ends are live products, the rule names their kinds, the strength is a probability
      const from = products.get(complement.from);
      const to = products.get(complement.to);
      expect(from?.status).toBe('ACTIVE');
      expect(to?.status).toBe('ACTIVE');
      expect(from?.publishedAt).not.toBeNull();
      expect(to?.publishedAt).not.toBeNull();
      expect(complement.from).not.toBe(complement.to);
      expect(complement.from).toBe(`gid://shopify/Product/${complement.fromLegacyId}`);
      const [fromKind, toKind] = complement.rule.split('->');
      expect(from?.tags).toContain(fromKind?.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
      expect(to?.tags).toContain(toKind?.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
      expect(complement.strength).toBeGreaterThan(0);
      expect(complement.strength).toBeLessThanOrEqual(0.8);
    }
  });

  it('is the same for the same seed and product count, and differs for another seed', () => {
    // Given the ground truth computed twice and for another seed
    // Then it is deterministic and seed-dependent
    expect(plantedComplements({ seed: 7, products: 800 })).toEqual(
      plantedComplements({ seed: 7, products: 800 }),
    );
    expect(plantedComplements(2)).not.toEqual(plantedComplements(1));
  });

  it('is over-represented in the orders far beyond what independence predicts', () => {
    // Given the default history and its ground truth
    const { single, together, expected } = coOccurrence(25_000);
    const planted = plantedComplements(1);
    // When planted pairs are counted together
    let observedAll = 0;
    let expectedAll = 0;
    const weak: string[] = [];
    for (const { fromLegacyId: a, toLegacyId: b, rule } of planted) {
      observedAll += together(a, b);
      expectedAll += expected(a, b);
      // Then every pair whose anchor sold at least 50 times co-occurs 3× more often than chance
      if ((single.get(a) ?? 0) >= 50 && together(a, b) < 3 * expected(a, b)) weak.push(`${rule} ${a}→${b}`);
    }
    expect(weak).toEqual([]);
    // And all planted pairs together co-occur at least 8× more often than chance
    expect(observedAll).toBeGreaterThan(8 * expectedAll);
  });
});
