/**
 * Title choice: series + name phrase + modifier, re-drawn when the combination is taken so every title in
 * a shop is distinct (large catalogs fall back to "Kestrel Coffee Grinder 2"). Titles are tracked as
 * numeric keys, so a 50k-product catalog costs a Set of numbers, not of strings.
 */
import type { Rng } from './prng.js';
import { SERIES_NAMES, SERIES_SPACE } from './vocab/index.js';

export type TitleRegistry = Set<number>;

export interface TitleChoice {
  readonly series: number;
  readonly name: number;
  readonly modifier: number;
  readonly generation: number;
}

const TRIES = 8;

function titleKey(kindIndex: number, choice: TitleChoice): number {
  return (
    (((kindIndex * 16 + choice.name) * 64 + choice.modifier + 1) * SERIES_SPACE + choice.series) * 4096 +
    choice.generation
  );
}

export function pickTitle(
  taken: TitleRegistry,
  kindIndex: number,
  names: number,
  modifiers: number,
  rng: Rng,
): TitleChoice {
  let choice: TitleChoice = { series: 0, name: 0, modifier: -1, generation: 1 };
  for (let attempt = 0; attempt < TRIES; attempt += 1) {
    choice = {
      series: rng.chance(0.85) ? rng.int(SERIES_NAMES.length) : rng.int(SERIES_SPACE),
      name: rng.int(names),
      modifier: modifiers > 0 ? rng.int(modifiers) : -1,
      generation: 1,
    };
    if (!taken.has(titleKey(kindIndex, choice))) break;
  }
  while (taken.has(titleKey(kindIndex, choice))) choice = { ...choice, generation: choice.generation + 1 };
  taken.add(titleKey(kindIndex, choice));
  return choice;
}
