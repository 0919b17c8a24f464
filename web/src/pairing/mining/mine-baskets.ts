/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
import type { BasketLog } from '../orders/types.js';
import { CooccurrenceMiner } from './cooccurrence-miner.js';
import { decayWeight, newestOrder } from './decay.js';
import type { CooccurrenceCounts, DecayOptions, MinerOptions } from './types.js';

/** Mines baskets `from .. to` of an in-memory log, time-decayed towards its newest order when asked. */
export function mineBaskets(
  log: BasketLog,
  range: { readonly from: number; readonly to: number },
  productCount: number,
  options: MinerOptions & DecayOptions = {},
): CooccurrenceCounts {
  const miner = new CooccurrenceMiner(options);
  const halfLife = options.halfLifeDays ?? 0;
  const trendHalfLife = options.trendHalfLifeDays ?? halfLife;
  const newest = newestOrder(log, range.from, range.to);
  for (let basket = range.from; basket < range.to; basket++) {
    const age = newest - log.createdAt[basket]!;
    miner.addBasket(
      log.items.subarray(log.start[basket]!, log.start[basket + 1]!),
      decayWeight(age, halfLife),
      decayWeight(age, trendHalfLife),
    );
  }
  return miner.finish(productCount);
}
