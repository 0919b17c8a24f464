/**
 * The order history as a stream of compact records, oldest first, holding only the catalog model and a
 * few counters, so 1M orders need no more memory than 1k. `generateDemoShop` expands the same stream.
 */
import { BasketComposer } from './basket.js';
import { buildCatalogModel, type CatalogModel } from './catalog-model.js';
import { CustomerPool } from './customer-pool.js';
import { LEGACY_ID_BASE } from './ids.js';
import { finishOrder } from './order-finish.js';
import { resolveOptions, type ResolvedOptions } from './options.js';
import { rngFor, type Rng } from './prng.js';
import { momentAt, ProductSampler } from './product-sampler.js';
import { blackFridays, inBlackFridayWeek } from './seasonality.js';
import { OrderClock, resolveWindow } from './timeline.js';
import type { DemoLineRecord, DemoOrderOptions, DemoOrderRecord } from './types.js';

/** Streams the demo shop's orders (defaults: the 400-product / 25,000-order demo shop). */
export function* streamDemoOrders(
  options: DemoOrderOptions = {},
): Generator<DemoOrderRecord, void, undefined> {
  const resolved = resolveOptions(options);
  const model = buildCatalogModel(
    resolved.seed,
    resolved.products,
    resolveWindow(resolved.endDate, resolved.months),
  );
  yield* generateOrders(model, resolved);
}

export function* generateOrders(
  model: CatalogModel,
  options: ResolvedOptions,
): Generator<DemoOrderRecord, void, undefined> {
  const rng = rngFor(options.seed, 'orders');
  const sampler = new ProductSampler(model, options.zipfExponent);
  const composer = new BasketComposer(model, sampler, rng);
  const customers = new CustomerPool(options.seed, options.customers, options.orders);
  const clock = new OrderClock(model.window, options.orders);
  const fridays = blackFridays(model.window.startMs, model.window.endMs);
  let lineId = LEGACY_ID_BASE.LineItem;
  for (let k = 0; k < options.orders; k += 1) {
    const createdAtMs = clock.timeOf(k, rng.next());
    const moment = momentAt(createdAtMs);
    const shopper = customers.next(rng);
    let basket = composer.compose(moment, shopper);
    if (basket.length === 0) basket = composer.compose(moment, shopper);
    if (basket.length === 0) basket = [firstAvailable(model, sampler, createdAtMs)];
    const first = model.specs[basket[0] as number];
    if (first?.kind.consumable) customers.remember(shopper, first.index);

    const discount = discountRate(inBlackFridayWeek(createdAtMs, fridays), rng);
    const lines: DemoLineRecord[] = [];
    for (const product of basket) {
      const spec = model.specs[product];
      if (!spec) throw new RangeError(`orders: unknown product ${product}`);
      const variant = sampler.pickVariant(product, rng);
      const unitPriceCents = spec.tierPrices[Math.floor(variant / (spec.extra?.values.length ?? 1))] ?? 0;
      const quantity = quantityOf(spec.kind.consumable, rng);
      const total = quantity * unitPriceCents;
      lineId += 1;
      lines.push({
        id: lineId,
        productId: LEGACY_ID_BASE.Product + product,
        variantId: LEGACY_ID_BASE.ProductVariant + (model.variantStart[product] as number) + variant,
        quantity,
        unitPriceCents,
        discountedTotalCents: total - Math.round(total * discount),
      });
    }
    yield finishOrder(
      { number: k + 1, createdAtMs, customerId: shopper.customerId, lines, endMs: model.window.endMs },
      rng,
    );
  }
}

function firstAvailable(model: CatalogModel, sampler: ProductSampler, ms: number): number {
  const found = model.specs.find((spec) => sampler.available(spec.index, ms));
  if (!found)
    throw new RangeError(
      `demo shop: no product is on sale at ${new Date(ms).toISOString()}; use more products`,
    );
  return found.index;
}

/** Discount codes: ~12 % of orders (10 % or 15 % off), a third of orders in Black Friday week (20 % off). */
function discountRate(blackFridayWeek: boolean, rng: Rng): number {
  const r = rng.next();
  if (blackFridayWeek) return r < 0.35 ? 0.2 : 0;
  return r < 0.09 ? 0.1 : r < 0.12 ? 0.15 : 0;
}

function quantityOf(consumable: boolean, rng: Rng): number {
  const r = rng.next();
  if (!consumable) return r < 0.96 ? 1 : 2;
  return r < 0.7 ? 1 : r < 0.9 ? 2 : r < 0.97 ? 3 : 4 + rng.int(3);
}
