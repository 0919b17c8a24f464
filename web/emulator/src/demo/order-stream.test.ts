import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from '@jest/globals';
import { streamDemoCatalog } from './catalog-stream.js';
import { toEmulatedOrder } from './order-builder.js';
import { streamDemoOrders } from './order-stream.js';
import { generateDemoShop } from './shop.js';
import type { DemoOrderRecord } from './types.js';

/** V8's gc(), so retained heap can be measured rather than guessed (jest does not expose it). */
function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

describe('streamDemoOrders', () => {
  it('streams exactly the orders generateDemoShop holds', () => {
    // Given the same options for the stream and the shop
    const options = { orders: 1_500, products: 300, seed: 5 };
    const shop = generateDemoShop(options);
    // When the stream is expanded without the catalog
    const streamed = [...streamDemoOrders(options)].map((record) => toEmulatedOrder(record));
    // Then the orders match except for the titles only the catalog knows
    expect(
      streamed.map((order) => ({
        ...order,
        lineItems: order.lineItems.map((line) => ({ ...line, title: '' })),
      })),
    ).toEqual(
      shop.orders.map((order) => ({
        ...order,
        lineItems: order.lineItems.map((line) => ({ ...line, title: '' })),
      })),
    );
  });

  it('is deterministic at scale sizes without materialising the history', () => {
    // Given a large catalog and a long history, streamed twice
    const options = { seed: 3, products: 10_000, orders: 1_000_000, zipfExponent: 1.1 };
    const take = (n: number): DemoOrderRecord[] => {
      const out: DemoOrderRecord[] = [];
      for (const order of streamDemoOrders(options)) {
        out.push(order);
        if (out.length === n) break;
      }
      return out;
    };
    // Then the first orders are identical and reference the large catalog
    const first = take(1_500);
    expect(take(1_500)).toEqual(first);
    expect(new Set(first.flatMap((order) => order.lines.map((line) => line.productId))).size).toBeGreaterThan(
      700,
    );
  });

  it('keeps retained heap bounded while streaming 60k orders', () => {
    // Given a measurable heap
    const gc = exposeGc();
    gc();
    const baseline = process.memoryUsage().heapUsed;
    // When 60k orders are streamed and only counted
    let lines = 0;
    let orders = 0;
    let peak = 0;
    for (const order of streamDemoOrders({ products: 2_000, orders: 60_000 })) {
      lines += order.lines.length;
      orders += 1;
      if (orders % 10_000 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
      }
    }
    // Then all were produced, while the heap held far less than keeping them (measured: ~2 MB streamed,
    // ~51 MB when the records are kept)
    expect(orders).toBe(60_000);
    expect(lines).toBeGreaterThan(120_000);
    expect(peak).toBeLessThan(16 * 1024 * 1024);
  });
});

describe('streamDemoCatalog', () => {
  it('gives distinct titles and handles to a 12k-product catalog', () => {
    // Given a large streamed catalog
    const titles = new Set<string>();
    const handles = new Set<string>();
    let variants = 0;
    const categories = new Set<string>();
    let count = 0;
    for (const { product, category } of streamDemoCatalog({ products: 12_000 })) {
      titles.add(product.title);
      handles.add(product.handle);
      categories.add(category);
      variants += product.variants.length;
      count += 1;
    }
    // Then every title and handle is unique and the variant count is benchmark-like (~2.5 per product)
    expect(count).toBe(12_000);
    expect(titles.size).toBe(12_000);
    expect(handles.size).toBe(12_000);
    expect([...categories].sort()).toEqual(['Coffee & Brewing', 'Outdoor', 'Skincare', 'Tea']);
    expect(variants / count).toBeGreaterThan(2);
    expect(variants / count).toBeLessThan(3);
  });
});
