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

/** The miner's decays for the engine's settings; a trend turned off (0) decays like everything else. */
export function decayOptions(
  settings: Pick<PairingSettings, 'halfLifeDays' | 'trendHalfLifeDays'>,
): DecayOptions {
  const { halfLifeDays, trendHalfLifeDays } = settings;
  return { halfLifeDays, trendHalfLifeDays: trendHalfLifeDays > 0 ? trendHalfLifeDays : halfLifeDays };
}
