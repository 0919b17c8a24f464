import type { KindDef } from '../types.js';
import { kind } from './kind.js';
import { tr } from './translate.js';

const tea = { vertical: 'tea' } as const;

/** Tea and teaware. */
export const TEA_KINDS: readonly KindDef[] = [
  kind({
    ...tea,
    key: 'looseTea',
    productType: 'Loose Leaf Tea',
    collection: 'loose-tea-matcha',
    names: [
      tr('Loose Leaf Tea', 'Losse thee', 'Loser Tee', 'Løs te'),
      tr('Green Tea', 'Groene thee', 'Grüner Tee', 'Grønn te'),
      tr('Black Tea', 'Zwarte thee', 'Schwarzer Tee', 'Svart te'),
      tr('Herbal Tea', 'Kruidenthee', 'Kräutertee', 'Urtete'),
    ],
    modifiers: 'teaFlavours',
    tiers: [['teaWeight', 1]],
    price: [5.5, 12.5],
    demand: 2,
    share: 7,
    consumable: true,
    tags: ['loose-leaf'],
  }),
  kind({
    ...tea,
    key: 'teapot',
    productType: 'Teaware',
    collection: 'teaware',
    names: [
      tr('Teapot', 'Theepot', 'Teekanne', 'Tekanne'),
      tr('Glass Teapot', 'Glazen theepot', 'Glas-Teekanne', 'Tekanne i glass'),
      tr('Cast Iron Teapot', 'Gietijzeren theepot', 'Gusseiserne Teekanne', 'Tekanne i støpejern'),
    ],
    modifiers: 'colors',
    tiers: [
      ['kettleCapacity', 0.5],
      [null, 0.5],
    ],
    price: [24, 79],
    demand: 0.7,
    share: 3,
  }),
  kind({
    ...tea,
    key: 'infuser',
    productType: 'Teaware',
    collection: 'teaware',
    names: [tr('Tea Infuser', 'Thee-ei', 'Tee-Ei', 'Tesil')],
    modifiers: 'colors',
    tiers: [
      ['smallPack', 0.4],
      [null, 0.6],
    ],
    price: [6.5, 16.5],
    demand: 1,
    share: 2,
  }),
  kind({
    ...tea,
    key: 'matcha',
    productType: 'Matcha',
    collection: 'loose-tea-matcha',
    names: [tr('Matcha Powder', 'Matchapoeder', 'Matcha-Pulver', 'Matchapulver')],
    modifiers: 'matchaGrades',
    tiers: [['matchaWeight', 1]],
    price: [12, 29],
    demand: 0.9,
    share: 2,
    consumable: true,
  }),
  kind({
    ...tea,
    key: 'whisk',
    productType: 'Matcha',
    collection: 'teaware',
    names: [
      tr('Matcha Whisk', 'Matcha-klopper', 'Matcha-Besen', 'Matchavisp'),
      tr('Matcha Bowl', 'Matchakom', 'Matcha-Schale', 'Matchabolle'),
    ],
    price: [14, 45],
    demand: 0.5,
    share: 1.5,
  }),
];
