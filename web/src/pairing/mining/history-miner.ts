import type { OrderLine } from '../csv/order-lines.js';
import { IdInterner } from '../interner.js';
import { canonicalProductId } from '../lists/gids.js';
import { BasketRecorder } from '../orders/basket-recorder.js';
import { BasketStream } from '../orders/basket-stream.js';
import { ProductObserver } from '../orders/product-observer.js';
import { CooccurrenceMiner } from './cooccurrence-miner.js';
import { DecayClock } from './decay-clock.js';
import { MAX_CONTEXT_BASKET, type ContextBaskets } from './pair-context.js';
import type { CooccurrenceCounts, DecayOptions, MinerOptions } from './types.js';

/**
 * One streaming pass from order lines to co-occurrence counts: groups lines into baskets, interns product ids
 * (canonical, so numeric ids and GIDs meet), remembers variants and prices, and applies time decay.
 */
export class HistoryMiner {
  readonly products = new IdInterner();
  readonly observer = new ProductObserver();
  private readonly miner: CooccurrenceMiner;
  private readonly clock: DecayClock;
  private readonly trendClock: DecayClock;
  private readonly stream: BasketStream;
  private readonly recorder: BasketRecorder | undefined;

  /** `keepBaskets`: also keep the baskets of 3+ products, for pair votes (`contextBaskets`). */
  constructor(file: string, options: MinerOptions & DecayOptions & { readonly keepBaskets?: boolean } = {}) {
    const miner = new CooccurrenceMiner(options);
    this.miner = miner;
    this.clock = new DecayClock((factor) => miner.scaleMasses(factor), options.halfLifeDays ?? 0);
    this.trendClock = new DecayClock(
      (factor) => miner.scaleRecentMasses(factor),
      options.trendHalfLifeDays ?? options.halfLifeDays ?? 0,
    );
    const recorder = options.keepBaskets ? new BasketRecorder(3, MAX_CONTEXT_BASKET) : undefined;
    this.recorder = recorder;
    this.stream = new BasketStream(file, this.products, this.observer, (items, createdAt) => {
      miner.addBasket(items, this.clock.weight(createdAt), this.trendClock.weight(createdAt));
      recorder?.add(items, createdAt);
    });
  }

  get orders(): number {
    return this.stream.orders;
  }

  get lines(): number {
    return this.stream.lines;
  }

  add(line: OrderLine): void {
    // Only GIDs need rewriting; numeric ids (nearly every line) pass as they are, without reading the text.
    if (!Number.isNaN(line.productNumber) || !line.productId.startsWith('gid:')) {
      this.stream.add(line);
      return;
    }
    const {
      line: number,
      orderId,
      orderNumber,
      customerId,
      createdAt,
      variantId,
      variantNumber,
      quantity,
      unitPrice,
    } = line;
    this.stream.add({
      line: number,
      orderId,
      orderNumber,
      customerId,
      createdAt,
      productId: canonicalProductId(line.productId),
      productNumber: Number.NaN,
      variantId,
      variantNumber,
      quantity,
      unitPrice,
    });
  }

  /** The kept baskets (with `keepBaskets`), once the stream has ended. */
  contextBaskets(): ContextBaskets | undefined {
    if (!this.recorder) return undefined;
    const log = this.recorder.log();
    const { newest } = this.recorder;
    return { log, from: 0, to: log.count, ...(Number.isFinite(newest) ? { newest } : {}) };
  }

  /** Ends the stream; `extraProductIds` (e.g. the catalog) are interned first so every product has a row. */
  finish(extraProductIds: Iterable<string> = []): CooccurrenceCounts {
    this.stream.end();
    this.clock.settle();
    this.trendClock.settle();
    for (const id of extraProductIds) this.products.intern(canonicalProductId(id));
    return this.miner.finish(this.products.size);
  }
}
