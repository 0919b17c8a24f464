/**
 * The shop's collections: one per department group (vertical), one per department, and four "smart"
 * ones computed from product facts (best sellers, new arrivals, sale, gifts under €50).
 */
import type { EmulatedCollection } from '../state/types.js';
import { gid, LEGACY_ID_BASE } from './ids.js';
import { isLive } from './planting.js';
import type { ProductSpec } from './product-spec.js';
import { VERTICALS, type Vertical } from './types.js';
import {
  DEPARTMENT_COLLECTIONS,
  SMART_COLLECTIONS,
  VERTICAL_INFO,
  type SmartCollection,
} from './vocab/index.js';

const verticalHandle = (vertical: Vertical): string => `all-${vertical}`;

const HANDLES: readonly (readonly [handle: string, title: string])[] = [
  ...VERTICALS.map((vertical) => [verticalHandle(vertical), VERTICAL_INFO[vertical].title] as const),
  ...Object.entries(DEPARTMENT_COLLECTIONS),
  ...Object.entries(SMART_COLLECTIONS),
];

const idByHandle = new Map(
  HANDLES.map(([handle], position) => [handle, gid('Collection', LEGACY_ID_BASE.Collection + position)]),
);

export function buildCollections(): EmulatedCollection[] {
  return HANDLES.map(([handle, title]) => ({ id: idByHandle.get(handle) ?? '', title, handle }));
}

/** Smart collections a product falls in; also the source of its merchandising tags. */
export function smartCollectionsOf(spec: ProductSpec, productCount: number): SmartCollection[] {
  if (!isLive(spec)) return [];
  const smart: SmartCollection[] = [];
  if (spec.rank < Math.max(5, productCount * 0.05)) smart.push('best-sellers');
  if (spec.isNew) smart.push('new-arrivals');
  if (spec.compareAtFactor > 0) smart.push('sale');
  if (!spec.kind.consumable && (spec.tierPrices[0] ?? Infinity) < 5_000) smart.push('gifts-under-50');
  return smart;
}

export function collectionIdsOf(spec: ProductSpec, productCount: number): string[] {
  const handles = [
    verticalHandle(spec.kind.vertical),
    spec.kind.collection,
    ...smartCollectionsOf(spec, productCount),
  ];
  return handles.flatMap((handle) => {
    const id = idByHandle.get(handle);
    return id === undefined ? [] : [id];
  });
}
