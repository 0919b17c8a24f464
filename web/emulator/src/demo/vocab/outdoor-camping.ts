import type { KindDef } from '../types.js';
import { kind } from './kind.js';
import { tr } from './translate.js';

const camping = { vertical: 'outdoor', collection: 'camping' } as const;

/** Outdoor, camping: shelter, sleep and cooking, mostly bought in summer. */
export const CAMPING_KINDS: readonly KindDef[] = [
  kind({
    ...camping,
    key: 'tent',
    productType: 'Tent',
    names: [
      tr('Tent', 'Tent', 'Zelt', 'Telt'),
      tr('Trekking Tent', 'Trekkingtent', 'Trekkingzelt', 'Fjelltelt'),
      tr('Dome Tent', 'Koepeltent', 'Kuppelzelt', 'Kuppeltelt'),
    ],
    modifiers: 'outdoorColors',
    tiers: [['persons', 1]],
    price: [119, 329],
    demand: 0.6,
    share: 4,
    season: 'summer',
  }),
  kind({
    ...camping,
    key: 'sleepingMat',
    productType: 'Sleeping Mat',
    names: [
      tr('Sleeping Mat', 'Slaapmat', 'Isomatte', 'Liggeunderlag'),
      tr(
        'Self-Inflating Mat',
        'Zelfopblazende slaapmat',
        'Selbstaufblasende Isomatte',
        'Selvoppblåsbart liggeunderlag',
      ),
    ],
    modifiers: 'outdoorColors',
    tiers: [
      ['matSize', 0.7],
      [null, 0.3],
    ],
    price: [34, 119],
    demand: 0.8,
    share: 3,
    season: 'summer',
  }),
  kind({
    ...camping,
    key: 'sleepingBag',
    productType: 'Sleeping Bag',
    names: [
      tr('Sleeping Bag', 'Slaapzak', 'Schlafsack', 'Sovepose'),
      tr('Down Sleeping Bag', 'Donzen slaapzak', 'Daunenschlafsack', 'Dunsovepose'),
    ],
    modifiers: 'outdoorColors',
    tiers: [
      ['bagRating', 0.8],
      [null, 0.2],
    ],
    price: [69, 229],
    demand: 0.6,
    share: 3,
    season: 'summer',
  }),
  kind({
    ...camping,
    key: 'stove',
    productType: 'Camping Stove',
    names: [
      tr('Camping Stove', 'Kampeerbrander', 'Campingkocher', 'Turprimus'),
      tr('Gas Stove', 'Gasbrander', 'Gaskocher', 'Gassbrenner'),
    ],
    tiers: [
      ['edition', 0.3],
      [null, 0.7],
    ],
    price: [29, 109],
    demand: 0.6,
    share: 2.5,
    season: 'summer',
  }),
  kind({
    ...camping,
    key: 'gas',
    productType: 'Fuel',
    names: [tr('Gas Canister', 'Gasbus', 'Gaskartusche', 'Gassboks')],
    modifiers: 'gasSizes',
    tiers: [['pack', 1]],
    price: [4.5, 8.5],
    demand: 1.2,
    share: 1.5,
    consumable: true,
    season: 'summer',
  }),
  kind({
    ...camping,
    key: 'cookset',
    productType: 'Cookware',
    names: [
      tr('Cook Pot', 'Kookpan', 'Kochtopf', 'Kokekjele'),
      tr('Cookset', 'Kookset', 'Kochset', 'Kokesett'),
    ],
    tiers: [
      ['potCapacity', 0.4],
      [null, 0.6],
    ],
    price: [19, 65],
    demand: 0.6,
    share: 2.5,
    season: 'summer',
  }),
];
