import type { KindDef, Vertical } from '../types.js';
import { BREWING_KINDS } from './coffee-brewing.js';
import { ESPRESSO_KINDS } from './coffee-espresso.js';
import { CAMPING_KINDS } from './outdoor-camping.js';
import { HIKING_KINDS } from './outdoor-hiking.js';
import { SUN_BODY_KINDS } from './skincare-body.js';
import { FACE_KINDS } from './skincare-face.js';
import { TEA_KINDS } from './tea.js';

export interface VerticalInfo {
  /** Department name; products.csv `category`. */
  readonly title: string;
  /** Fictional brands; earlier ones carry more of the range. */
  readonly vendors: readonly string[];
  /** Share of order anchors before seasonality. */
  readonly orderShare: number;
}

export const VERTICAL_INFO: Readonly<Record<Vertical, VerticalInfo>> = {
  coffee: {
    title: 'Coffee & Brewing',
    vendors: [
      'Nordic Roast Co.',
      'Kettle & Crane',
      'Burr Works',
      'Fika Supply',
      'Copper Bean',
      'Slow Drip Studio',
    ],
    orderShare: 0.38,
  },
  tea: {
    title: 'Tea',
    vendors: ['Leaf & Lantern', 'Steep Society', 'Misty Ridge Tea', 'Teahouse Nord'],
    orderShare: 0.1,
  },
  outdoor: {
    title: 'Outdoor',
    vendors: [
      'Fjellgear',
      'Trailcraft',
      'Northbound Outfitters',
      'Lichen & Co.',
      'Summit Supply',
      'Basecamp Nord',
    ],
    orderShare: 0.27,
  },
  skincare: {
    title: 'Skincare',
    vendors: ['Aloe & Oak', 'Dune Botanics', 'Lumen Skin', 'Hav Care', 'Nordlys Naturals', 'Clay & Cloud'],
    orderShare: 0.25,
  },
};

/** Every kind, in a fixed order: a kind's index is part of the seed's meaning, so only append. */
export const ALL_KINDS: readonly KindDef[] = [
  ...BREWING_KINDS,
  ...ESPRESSO_KINDS,
  ...TEA_KINDS,
  ...CAMPING_KINDS,
  ...HIKING_KINDS,
  ...FACE_KINDS,
  ...SUN_BODY_KINDS,
];

/** Department collections (handle → title); kinds name theirs in `collection`. */
export const DEPARTMENT_COLLECTIONS: Readonly<Record<string, string>> = {
  'coffee-beans': 'Coffee Beans',
  'brewing-gear': 'Brewing Gear',
  espresso: 'Espresso',
  'loose-tea-matcha': 'Loose Tea & Matcha',
  teaware: 'Teaware',
  camping: 'Camping',
  hiking: 'Hiking',
  'face-care': 'Face Care',
  'sun-care': 'Sun Care',
  'body-care': 'Body & Lip Care',
};

/** Collections computed from product facts rather than kind. */
export const SMART_COLLECTIONS = {
  'best-sellers': 'Best Sellers',
  'new-arrivals': 'New Arrivals',
  sale: 'Sale',
  'gifts-under-50': 'Gifts under €50',
} as const;
export type SmartCollection = keyof typeof SMART_COLLECTIONS;
