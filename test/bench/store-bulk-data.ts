import type { OrderLine, OrderWithLines } from '@tandem/web/domain/index';

/** Deterministic PRNG (mulberry32), so every run writes the same orders. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Orders of 1–7 lines (about 4 on average) over 20,000 products with skewed popularity, generated batch by batch
 * so the benchmark never holds the whole set in memory.
 */
export function* generateOrderBatches(options: {
  readonly lines: number;
  readonly ordersPerCall: number;
  readonly seed: number;
}) {
  const next = random(options.seed);
  let emitted = 0;
  let orderNumber = 0;
  const start = Date.UTC(2025, 0, 1);
  while (emitted < options.lines) {
    const batch: OrderWithLines[] = [];
    while (batch.length < options.ordersPerCall && emitted < options.lines) {
      orderNumber += 1;
      const count = Math.min(1 + Math.floor(next() * 7), options.lines - emitted);
      const lines: OrderLine[] = Array.from({ length: count }, (_, l) => {
        const product = Math.floor(20_000 * next() ** 3) + 1;
        const unit = 500 + (product % 4_000);
        return {
          lineId: `gid://shopify/LineItem/${orderNumber * 10 + l}`,
          productId: `gid://shopify/Product/${product}`,
          variantId: `gid://shopify/ProductVariant/${product * 10 + (l % 3)}`,
          quantity: 1 + (l % 2),
          unitPriceMinor: unit,
          discountedTotalMinor: unit * (1 + (l % 2)),
          tandemAttribute: l === 3 ? `offer-${product}:treatment` : null,
        };
      });
      const total = lines.reduce((sum, line) => sum + line.discountedTotalMinor, 0);
      const createdAt = new Date(start + orderNumber * 17_000).toISOString();
      batch.push({
        id: `gid://shopify/Order/${orderNumber}`,
        createdAt,
        currency: 'EUR',
        customerHash: (orderNumber % 50_000).toString(16).padStart(16, '0'),
        checkoutToken: `checkout-${orderNumber}`,
        subtotalMinor: total,
        totalMinor: total,
        refundedMinor: 0,
        cancelledAt: null,
        updatedAt: createdAt,
        lines,
      });
      emitted += count;
    }
    yield batch;
  }
}
