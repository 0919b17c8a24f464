import type { KindDef } from '../types.js';
import { kind } from './kind.js';
import { tr } from './translate.js';

const coffee = { vertical: 'coffee' } as const;

/** Coffee & brewing: beans and filter-brewing gear. */
export const BREWING_KINDS: readonly KindDef[] = [
  kind({
    ...coffee,
    key: 'beans',
    productType: 'Coffee Beans',
    collection: 'coffee-beans',
    names: [
      tr('Coffee Beans', 'Koffiebonen', 'Kaffeebohnen', 'Kaffebønner'),
      tr('Espresso Beans', 'Espressobonen', 'Espressobohnen', 'Espressobønner'),
      tr('Filter Roast', 'Filterbranding', 'Filterröstung', 'Filterbrent kaffe'),
    ],
    modifiers: 'origins',
    tiers: [['coffeeWeight', 1]],
    extra: { option: 'grind', share: 0.35 },
    price: [7.5, 15],
    demand: 3,
    share: 14,
    consumable: true,
    tags: ['coffee-beans'],
  }),
  kind({
    ...coffee,
    key: 'grinder',
    productType: 'Coffee Grinder',
    collection: 'brewing-gear',
    names: [
      tr('Coffee Grinder', 'Koffiemolen', 'Kaffeemühle', 'Kaffekvern'),
      tr('Hand Grinder', 'Handkoffiemolen', 'Handmühle', 'Håndkvern'),
      tr('Electric Grinder', 'Elektrische koffiemolen', 'Elektrische Kaffeemühle', 'Elektrisk kaffekvern'),
    ],
    modifiers: 'colors',
    tiers: [
      ['edition', 0.55],
      [null, 0.45],
    ],
    price: [39, 179],
    demand: 0.9,
    share: 5,
  }),
  kind({
    ...coffee,
    key: 'filters',
    productType: 'Coffee Filters',
    collection: 'brewing-gear',
    names: [
      tr('Paper Filters', 'Papieren filters', 'Papierfilter', 'Papirfiltre'),
      tr('Coffee Filters', 'Koffiefilters', 'Kaffeefilter', 'Kaffefiltre'),
    ],
    modifiers: 'filterTypes',
    tiers: [['pack', 1]],
    price: [3.9, 6.9],
    demand: 2.2,
    share: 4,
    consumable: true,
  }),
  kind({
    ...coffee,
    key: 'kettle',
    productType: 'Kettle',
    collection: 'brewing-gear',
    names: [
      tr('Gooseneck Kettle', 'Waterkoker met zwanenhals', 'Schwanenhals-Wasserkocher', 'Svanehalskjele'),
      tr('Electric Kettle', 'Elektrische waterkoker', 'Elektrischer Wasserkocher', 'Elektrisk vannkoker'),
    ],
    modifiers: 'colors',
    tiers: [
      ['kettleCapacity', 0.5],
      [null, 0.5],
    ],
    price: [34, 109],
    demand: 0.9,
    share: 5,
  }),
  kind({
    ...coffee,
    key: 'dripper',
    productType: 'Pour-Over Dripper',
    collection: 'brewing-gear',
    names: [
      tr('Pour-Over Dripper', 'Filterhouder', 'Handfilter', 'Filterholder'),
      tr('Ceramic Dripper', 'Keramische filterhouder', 'Keramik-Handfilter', 'Filterholder i keramikk'),
    ],
    modifiers: 'colors',
    price: [14, 44],
    demand: 1,
    share: 4,
  }),
  kind({
    ...coffee,
    key: 'frenchPress',
    productType: 'French Press',
    collection: 'brewing-gear',
    names: [tr('French Press', 'Cafetière', 'French Press', 'Presskanne')],
    modifiers: 'colors',
    tiers: [
      ['pressCapacity', 0.6],
      [null, 0.4],
    ],
    price: [22, 55],
    demand: 0.7,
    share: 3,
  }),
  kind({
    ...coffee,
    key: 'scale',
    productType: 'Coffee Scale',
    collection: 'brewing-gear',
    names: [tr('Coffee Scale', 'Koffieweegschaal', 'Kaffeewaage', 'Kaffevekt')],
    modifiers: 'colors',
    tiers: [
      ['edition', 0.4],
      [null, 0.6],
    ],
    price: [24, 75],
    demand: 0.6,
    share: 2,
  }),
  kind({
    ...coffee,
    key: 'mug',
    productType: 'Drinkware',
    collection: 'brewing-gear',
    names: [
      tr('Travel Mug', 'Reisbeker', 'Thermobecher', 'Termokopp'),
      tr('Ceramic Cup', 'Keramische kop', 'Keramiktasse', 'Keramikkopp'),
    ],
    modifiers: 'colors',
    tiers: [
      ['cupCapacity', 0.4],
      ['smallPack', 0.3],
      [null, 0.3],
    ],
    price: [9.5, 29],
    demand: 1.2,
    share: 4,
  }),
];
