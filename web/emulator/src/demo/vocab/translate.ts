import type { Translated } from '../types.js';

/** A phrase in en, nl, de and nb (the demo's locales), in that order. */
export function tr(en: string, nl: string, de: string, nb: string): Translated {
  return { en, nl, de, nb };
}

/** A name that reads the same in every locale (origins, tea cultivars, sizes). */
export function same(word: string): Translated {
  return { en: word, nl: word, de: word, nb: word };
}
