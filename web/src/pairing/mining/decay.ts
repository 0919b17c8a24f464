import type { BasketLog } from '../orders/types.js';
import type { PairingSettings } from '../types.js';
import type { DecayOptions } from './types.js';

const DAY_MS = 86_400_000;

/**
 * Weight of an order `ageMs` older than the newest one when weight halves every `halfLifeDays`
 * (0 = no decay). Unknown times (NaN) weigh 1.
 */
export function decayWeight(ageMs: number, halfLifeDays: number): number {
  if (!(halfLifeDays > 0) || Number.isNaN(ageMs)) return 1;
  return 2 ** (-Math.max(0, ageMs) / (halfLifeDays * DAY_MS));
}

/** The newest order of baskets `from .. to`, the reference their ages are measured from (NaN if one is undated). */
export function newestOrder(log: BasketLog, from: number, to: number): number {
  let newest = Number.NEGATIVE_INFINITY;
  for (let basket = from; basket < to; basket++)
    newest = Math.max(newest, log.createdAt[basket] ?? Number.NaN);
  return newest;
}

/** The miner's decays for the engine's settings; a trend turned off (0) decays like everything else. */
export function decayOptions(
  settings: Pick<PairingSettings, 'halfLifeDays' | 'trendHalfLifeDays'>,
): DecayOptions {
  const { halfLifeDays, trendHalfLifeDays } = settings;
  return { halfLifeDays, trendHalfLifeDays: trendHalfLifeDays > 0 ? trendHalfLifeDays : halfLifeDays };
}
