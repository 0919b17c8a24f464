import type { KindDef } from '../types.js';
import { kind } from './kind.js';
import { tr } from './translate.js';

const coffee = { vertical: 'coffee' } as const;

/** Coffee & brewing: espresso machines and their accessories. */
export const ESPRESSO_KINDS: readonly KindDef[] = [
  kind({
    ...coffee,
    key: 'espresso',
    productType: 'Espresso Machine',
    collection: 'espresso',
    names: [tr('Espresso Machine', 'Espressomachine', 'Espressomaschine', 'Espressomaskin')],
    modifiers: 'colors',
    tiers: [
      ['edition', 0.7],
      [null, 0.3],
    ],
    price: [249, 699],
    demand: 0.3,
    share: 3,
  }),
  kind({
    ...coffee,
    key: 'tamper',
    productType: 'Espresso Accessories',
    collection: 'espresso',
    names: [tr('Espresso Tamper', 'Espressotamper', 'Espresso-Tamper', 'Espressotamper')],
    extra: { option: 'tamperSize', share: 0.6 },
    price: [19, 54],
    demand: 0.6,
    share: 2,
  }),
  kind({
    ...coffee,
    key: 'milkJug',
    productType: 'Espresso Accessories',
    collection: 'espresso',
    names: [tr('Milk Pitcher', 'Melkkan', 'Milchkännchen', 'Melkemugge')],
    modifiers: 'colors',
    tiers: [
      ['jugCapacity', 0.6],
      [null, 0.4],
    ],
    price: [12, 29],
    demand: 0.7,
    share: 2,
  }),
  kind({
    ...coffee,
    key: 'descaler',
    productType: 'Maintenance',
    collection: 'espresso',
    names: [
      tr('Descaling Tablets', 'Ontkalkingstabletten', 'Entkalkungstabletten', 'Avkalkingstabletter'),
      tr('Cleaning Tablets', 'Reinigingstabletten', 'Reinigungstabletten', 'Rengjøringstabletter'),
    ],
    tiers: [['pack', 1]],
    price: [6.5, 12.5],
    demand: 1,
    share: 2,
    consumable: true,
  }),
];
