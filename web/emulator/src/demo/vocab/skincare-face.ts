import type { KindDef } from '../types.js';
import { kind } from './kind.js';
import { tr } from './translate.js';

const face = { vertical: 'skincare', collection: 'face-care' } as const;

/** Skincare, face routines: cleanse, treat, moisturise. */
export const FACE_KINDS: readonly KindDef[] = [
  kind({
    ...face,
    key: 'cleanser',
    productType: 'Cleanser',
    names: [
      tr('Face Cleanser', 'Gezichtsreiniger', 'Gesichtsreiniger', 'Ansiktsrens'),
      tr('Cleansing Gel', 'Reinigingsgel', 'Reinigungsgel', 'Rensegelé'),
      tr('Cleansing Oil', 'Reinigingsolie', 'Reinigungsöl', 'Renseolje'),
    ],
    modifiers: 'skinTypes',
    tiers: [
      ['cleanserSize', 0.85],
      [null, 0.15],
    ],
    price: [9.5, 24],
    demand: 1.5,
    share: 4,
    consumable: true,
    tags: ['vegan'],
  }),
  kind({
    ...face,
    key: 'moisturiser',
    productType: 'Moisturiser',
    names: [
      tr('Moisturiser', 'Dagcrème', 'Feuchtigkeitscreme', 'Fuktighetskrem'),
      tr('Night Cream', 'Nachtcrème', 'Nachtcreme', 'Nattkrem'),
      tr('Face Cream', 'Gezichtscrème', 'Gesichtscreme', 'Ansiktskrem'),
    ],
    modifiers: 'skinTypes',
    tiers: [
      ['creamSize', 0.85],
      [null, 0.15],
    ],
    price: [14, 42],
    demand: 1.4,
    share: 4,
    consumable: true,
  }),
  kind({
    ...face,
    key: 'serum',
    productType: 'Serum',
    names: [
      tr('Face Serum', 'Gezichtsserum', 'Gesichtsserum', 'Ansiktsserum'),
      tr('Vitamin C Serum', 'Vitamine C-serum', 'Vitamin-C-Serum', 'C-vitaminserum'),
      tr('Hyaluronic Serum', 'Hyaluronzuurserum', 'Hyaluronserum', 'Hyaluronserum'),
    ],
    modifiers: 'skinTypes',
    tiers: [
      ['serumSize', 0.8],
      [null, 0.2],
    ],
    price: [19, 52],
    demand: 1,
    share: 3,
    consumable: true,
  }),
  kind({
    ...face,
    key: 'toner',
    productType: 'Toner',
    names: [tr('Toner', 'Gezichtstonic', 'Gesichtswasser', 'Ansiktsvann')],
    modifiers: 'skinTypes',
    tiers: [
      ['cleanserSize', 0.6],
      [null, 0.4],
    ],
    price: [9.5, 24],
    demand: 0.8,
    share: 2,
    consumable: true,
  }),
  kind({
    ...face,
    key: 'mask',
    productType: 'Face Mask',
    names: [
      tr('Sheet Mask', 'Sheetmasker', 'Tuchmaske', 'Arkmaske'),
      tr('Clay Mask', 'Kleimasker', 'Tonerde-Maske', 'Leirmaske'),
    ],
    modifiers: 'skinTypes',
    tiers: [['pack', 1]],
    price: [3.9, 14],
    demand: 0.8,
    share: 2,
    consumable: true,
  }),
  kind({
    ...face,
    key: 'eyeCream',
    productType: 'Eye Care',
    names: [tr('Eye Cream', 'Oogcrème', 'Augencreme', 'Øyekrem')],
    modifiers: 'skinTypes',
    price: [19, 44],
    demand: 0.6,
    share: 1.5,
  }),
  kind({
    ...face,
    key: 'cottonPads',
    productType: 'Accessories',
    names: [
      tr(
        'Reusable Cotton Pads',
        'Herbruikbare wattenschijfjes',
        'Wiederverwendbare Abschminkpads',
        'Gjenbrukbare bomullspads',
      ),
    ],
    tiers: [
      ['smallPack', 0.5],
      [null, 0.5],
    ],
    price: [7.5, 14],
    demand: 0.7,
    share: 1.5,
  }),
];
