import type { QuantityUnit } from '@tandem/offer-core';

/**
 * Option names that say what the good is sold by, per unit kind, in the checkout's languages (en, nl, de, nb).
 * Generic names (Size, Volume, Capacity, Inhoud…) are left out on purpose: the same "32 L" is a backpack's
 * capacity or a canister's contents, and a price "per litre" of a backpack means nothing. A merchant who sells
 * such goods by measure says so with Shopify's own unit-price setting, which checkout reads live.
 */
const SOLD_BY: Readonly<Record<QuantityUnit, readonly string[]>> = {
  g: [
    'weight',
    'net weight',
    'gewicht',
    'nettogewicht',
    'vekt',
    'nettovekt',
    'contents',
    'net contents',
    'inhalt',
    'füllmenge',
  ],
  ml: ['contents', 'net contents', 'inhalt', 'füllmenge', 'nettoinhalt'],
  pc: [
    'pack',
    'pack size',
    'count',
    'pieces',
    'packung',
    'packungsgröße',
    'stückzahl',
    'aantal',
    'verpakking',
    'pakke',
    'antall',
  ],
  // Gigabytes are a device's size, never a unit price.
  gb: [],
};

/** Whether an option of this name sells the good by a quantity of this unit. */
export function soldByMeasure(optionName: string, unit: QuantityUnit): boolean {
  return SOLD_BY[unit].includes(optionName.trim().toLowerCase());
}
