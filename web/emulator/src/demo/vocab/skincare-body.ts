import type { KindDef } from '../types.js';
import { kind } from './kind.js';
import { tr } from './translate.js';

const body = { vertical: 'skincare', collection: 'body-care' } as const;

/** Skincare, sun and body care. */
export const SUN_BODY_KINDS: readonly KindDef[] = [
  kind({
    vertical: 'skincare',
    collection: 'sun-care',
    key: 'sunscreen',
    productType: 'Sun Care',
    names: [
      tr('Sunscreen SPF 30', 'Zonnebrand SPF 30', 'Sonnencreme LSF 30', 'Solkrem SPF 30'),
      tr('Sunscreen SPF 50', 'Zonnebrand SPF 50', 'Sonnencreme LSF 50', 'Solkrem SPF 50'),
    ],
    modifiers: 'sunTypes',
    tiers: [['sunSize', 1]],
    price: [9.5, 22],
    demand: 1.2,
    share: 2.5,
    consumable: true,
    season: 'summer',
  }),
  kind({
    vertical: 'skincare',
    collection: 'sun-care',
    key: 'afterSun',
    productType: 'Sun Care',
    names: [
      tr('After-Sun Lotion', 'Aftersunlotion', 'After-Sun-Lotion', 'Aftersun-lotion'),
      tr('Aloe Vera Gel', 'Aloë vera-gel', 'Aloe-vera-Gel', 'Aloe vera-gel'),
    ],
    tiers: [['cleanserSize', 1]],
    price: [7.5, 16],
    demand: 0.8,
    share: 1.5,
    consumable: true,
    season: 'summer',
  }),
  kind({
    ...body,
    key: 'lipBalm',
    productType: 'Lip Care',
    names: [tr('Lip Balm', 'Lippenbalsem', 'Lippenbalsam', 'Leppepomade')],
    modifiers: 'scents',
    tiers: [['pack', 1]],
    price: [3.9, 6.9],
    demand: 1.3,
    share: 2,
    consumable: true,
    season: 'winter',
  }),
  kind({
    ...body,
    key: 'handCream',
    productType: 'Body Care',
    names: [
      tr('Hand Cream', 'Handcrème', 'Handcreme', 'Håndkrem'),
      tr('Body Lotion', 'Bodylotion', 'Körperlotion', 'Kroppslotion'),
    ],
    modifiers: 'scents',
    tiers: [
      ['lotionSize', 0.8],
      [null, 0.2],
    ],
    price: [6.5, 18],
    demand: 1,
    share: 3,
    consumable: true,
    season: 'winter',
  }),
];
