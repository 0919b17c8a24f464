/**
 * Product line names that stand before the noun ("Kestrel Coffee Grinder"). A curated list reads best;
 * large catalogs also draw from syllable pairs so titles stay distinct at 50k products.
 */
export const SERIES_NAMES: readonly string[] = [
  'Aurora',
  'Kestrel',
  'Fjord',
  'Ember',
  'Nova',
  'Solstice',
  'Tundra',
  'Lumi',
  'Birch',
  'Cirrus',
  'Atlas',
  'Harbor',
  'Juniper',
  'Meridian',
  'Orbit',
  'Pioneer',
  'Ridge',
  'Sable',
  'Tidal',
  'Vale',
  'Willow',
  'Zephyr',
  'Alder',
  'Basalt',
  'Cobalt',
  'Dune',
  'Elm',
  'Flint',
  'Granite',
  'Heath',
  'Isle',
  'Jade',
  'Kiln',
  'Linden',
  'Moss',
  'Nord',
  'Oak',
  'Pine',
  'Quartz',
  'Rowan',
  'Slate',
  'Thistle',
  'Umber',
  'Verdant',
  'Wren',
  'Yarrow',
  'Amber',
  'Brook',
  'Cedar',
  'Drift',
  'Fern',
  'Glacier',
  'Hollow',
  'Iris',
  'Lark',
  'Marsh',
  'Nimbus',
  'Polar',
  'Lyra',
  'Summit',
];

const SYLLABLE_HEADS = [
  'Al',
  'Bre',
  'Dal',
  'Ek',
  'Fal',
  'Hav',
  'Is',
  'Kar',
  'Lun',
  'Mar',
  'Nor',
  'Ost',
  'Ro',
  'Sol',
  'Tor',
  'Vik',
];
const SYLLABLE_TAILS = [
  'a',
  'ber',
  'by',
  'dal',
  'en',
  'holm',
  'lund',
  'mo',
  'nes',
  'ra',
  'sund',
  'vik',
  'strand',
  'tind',
  'vo',
  'ø',
];

/** Size of the series space: curated names first, then syllable pairs. */
export const SERIES_SPACE = SERIES_NAMES.length + SYLLABLE_HEADS.length * SYLLABLE_TAILS.length;

export function seriesName(index: number): string {
  const curated = SERIES_NAMES[index];
  if (curated !== undefined) return curated;
  const rest = index - SERIES_NAMES.length;
  const head = SYLLABLE_HEADS[Math.floor(rest / SYLLABLE_TAILS.length) % SYLLABLE_HEADS.length] ?? 'Nor';
  const tail = SYLLABLE_TAILS[rest % SYLLABLE_TAILS.length] ?? 'a';
  return `${head}${tail}`;
}
