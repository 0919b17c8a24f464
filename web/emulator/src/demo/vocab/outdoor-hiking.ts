import type { KindDef } from '../types.js';
import { kind } from './kind.js';
import { tr } from './translate.js';

const hiking = { vertical: 'outdoor', collection: 'hiking' } as const;

/** Outdoor, hiking: packs, light, water and clothing. */
export const HIKING_KINDS: readonly KindDef[] = [
  kind({
    ...hiking,
    key: 'backpack',
    productType: 'Backpack',
    names: [
      tr('Hiking Backpack', 'Wandelrugzak', 'Wanderrucksack', 'Tursekk'),
      tr('Daypack', 'Dagrugzak', 'Tagesrucksack', 'Dagstursekk'),
    ],
    modifiers: 'outdoorColors',
    tiers: [
      ['packVolume', 0.8],
      [null, 0.2],
    ],
    price: [49, 159],
    demand: 0.9,
    share: 4,
  }),
  kind({
    ...hiking,
    key: 'rainCover',
    productType: 'Backpack Accessories',
    names: [
      tr('Backpack Rain Cover', 'Regenhoes voor rugzak', 'Regenhülle für Rucksack', 'Regntrekk til sekk'),
    ],
    modifiers: 'outdoorColors',
    tiers: [['coverSize', 1]],
    price: [12, 24],
    demand: 0.7,
    share: 2,
  }),
  kind({
    ...hiking,
    key: 'headlamp',
    productType: 'Headlamp',
    names: [tr('Headlamp', 'Hoofdlamp', 'Stirnlampe', 'Hodelykt')],
    modifiers: 'outdoorColors',
    tiers: [
      ['edition', 0.6],
      [null, 0.4],
    ],
    price: [19, 65],
    demand: 1,
    share: 3,
  }),
  kind({
    ...hiking,
    key: 'batteries',
    productType: 'Batteries',
    names: [
      tr('Rechargeable Batteries', 'Oplaadbare batterijen', 'Akkus', 'Oppladbare batterier'),
      tr('Lithium Batteries', 'Lithiumbatterijen', 'Lithium-Batterien', 'Litiumbatterier'),
    ],
    modifiers: 'batterySizes',
    tiers: [['batteryPack', 1]],
    price: [7.5, 14.5],
    demand: 1.3,
    share: 2,
    consumable: true,
  }),
  kind({
    ...hiking,
    key: 'bottle',
    productType: 'Water Bottle',
    names: [
      tr('Water Bottle', 'Drinkfles', 'Trinkflasche', 'Drikkeflaske'),
      tr('Insulated Bottle', 'Thermosfles', 'Isolierflasche', 'Termoflaske'),
    ],
    modifiers: 'outdoorColors',
    tiers: [
      ['bottleCapacity', 0.7],
      [null, 0.3],
    ],
    price: [12, 35],
    demand: 1.3,
    share: 3,
  }),
  kind({
    ...hiking,
    key: 'waterFilter',
    productType: 'Water Filter',
    names: [tr('Water Filter', 'Waterfilter', 'Wasserfilter', 'Vannfilter')],
    price: [24, 59],
    demand: 0.5,
    share: 1.5,
    season: 'summer',
  }),
  kind({
    ...hiking,
    key: 'poles',
    productType: 'Trekking Poles',
    names: [tr('Trekking Poles', 'Wandelstokken', 'Trekkingstöcke', 'Turstaver')],
    modifiers: 'outdoorColors',
    tiers: [
      ['edition', 0.4],
      [null, 0.6],
    ],
    price: [39, 119],
    demand: 0.5,
    share: 2,
  }),
  kind({
    ...hiking,
    key: 'socks',
    productType: 'Socks',
    names: [
      tr('Hiking Socks', 'Wandelsokken', 'Wandersocken', 'Turssokker'),
      tr('Merino Socks', 'Merinosokken', 'Merinosocken', 'Merinoullsokker'),
    ],
    tiers: [
      ['smallPack', 0.6],
      [null, 0.4],
    ],
    extra: { option: 'sockSize', share: 1 },
    price: [12, 19],
    demand: 1.1,
    share: 2.5,
    consumable: true,
  }),
  kind({
    ...hiking,
    key: 'jacket',
    productType: 'Jacket',
    names: [
      tr('Rain Jacket', 'Regenjas', 'Regenjacke', 'Regnjakke'),
      tr('Fleece Jacket', 'Fleecejack', 'Fleecejacke', 'Fleecejakke'),
      tr('Down Jacket', 'Donsjas', 'Daunenjacke', 'Dunjakke'),
    ],
    modifiers: 'outdoorColors',
    extra: { option: 'apparelSize', share: 1 },
    price: [79, 279],
    demand: 0.6,
    share: 3,
  }),
  kind({
    ...hiking,
    key: 'repellent',
    productType: 'Insect Repellent',
    names: [tr('Insect Repellent', 'Insectenwerend middel', 'Insektenschutzmittel', 'Insektmiddel')],
    tiers: [['repellentSize', 1]],
    price: [6.5, 12.5],
    demand: 0.8,
    share: 1,
    consumable: true,
    season: 'summer',
  }),
];
