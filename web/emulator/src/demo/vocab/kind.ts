import type { KindDef } from '../types.js';

type KindInput = Pick<
  KindDef,
  'key' | 'vertical' | 'productType' | 'collection' | 'names' | 'price' | 'demand' | 'share'
> &
  Partial<
    Omit<KindDef, 'key' | 'vertical' | 'productType' | 'collection' | 'names' | 'price' | 'demand' | 'share'>
  >;

/** A kind with the common defaults: no modifier, no tiers, durable, not seasonal. */
export function kind(input: KindInput): KindDef {
  return {
    modifiers: null,
    tiers: [[null, 1]],
    extra: null,
    consumable: false,
    season: null,
    tags: [],
    ...input,
  };
}
