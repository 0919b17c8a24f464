import type { ExtraOption } from '../types.js';

/** Options whose values cost the same; weights are how often buyers pick each. */
export const EXTRA_OPTIONS: Readonly<Record<string, ExtraOption>> = {
  grind: { option: 'Grind', values: ['Whole bean', 'Filter', 'Espresso'], weights: [0.5, 0.3, 0.2] },
  apparelSize: { option: 'Size', values: ['S', 'M', 'L', 'XL'], weights: [0.18, 0.34, 0.32, 0.16] },
  sockSize: { option: 'Size', values: ['36–38', '39–42', '43–46'], weights: [0.25, 0.45, 0.3] },
  tamperSize: { option: 'Diameter', values: ['51 mm', '53 mm', '58 mm'], weights: [0.2, 0.25, 0.55] },
};

/** How buyers spread over n tiers: most take the middle one, some the top. */
export const TIER_PREFERENCE: Readonly<Record<number, readonly number[]>> = {
  1: [1],
  2: [0.6, 0.4],
  3: [0.27, 0.5, 0.23],
  4: [0.2, 0.38, 0.27, 0.15],
};
