import type { PublishedOffer } from '../types.js';
import { roundMoney } from './pricing.js';
import type { Money, OfferVariant, ShopifyUnitPrice } from './types.js';

/** The quantities a shelf label quotes a unit price per; each is a translation key `unit.<name>` in the locales. */
export const UNIT_REFERENCES = ['kg', 'l', '100g', '100ml', 'item'] as const;
export type UnitReference = (typeof UNIT_REFERENCES)[number];

/** What an upgrade costs per reference quantity, against what the cart's size costs. */
export interface UnitPriceComparison {
  readonly from: Money;
  readonly to: Money;
  readonly per: UnitReference;
}

type BaseUnit = 'g' | 'ml' | 'pc';

/** Shopify's measured units in grams, millilitres or items. */
const SHOPIFY_UNITS: Readonly<Record<string, readonly [BaseUnit, number]>> = {
  MG: ['g', 0.001],
  G: ['g', 1],
  KG: ['g', 1000],
  OZ: ['g', 28.3495],
  LB: ['g', 453.592],
  ML: ['ml', 1],
  CL: ['ml', 10],
  L: ['ml', 1000],
  M3: ['ml', 1_000_000],
  FLOZ: ['ml', 29.5735],
  PT: ['ml', 473.176],
  QT: ['ml', 946.353],
  GAL: ['ml', 3785.41],
  ITEM: ['pc', 1],
};

const REFERENCE_SIZE: Readonly<Record<UnitReference, readonly [BaseUnit, number]>> = {
  kg: ['g', 1000],
  l: ['ml', 1000],
  '100g': ['g', 100],
  '100ml': ['ml', 100],
  item: ['pc', 1],
};

/** Packs up to this size are quoted per 100 g / 100 ml where the locale allows it (EU 98/6/EC, UK PMO). */
const SMALL_PACK = 250;
/** Germany's PAngV (2022) quotes every pack per 1 kg / 1 l. */
const ALWAYS_PER_KILO = new Set(['de']);

/** The reference a shopper in `language` expects for packs up to `largest` base units. */
function practiceReference(unit: BaseUnit, largest: number, language: string): UnitReference {
  if (unit === 'pc') return 'item';
  const small = largest <= SMALL_PACK && !ALWAYS_PER_KILO.has(language.split('-')[0] ?? language);
  if (unit === 'g') return small ? '100g' : 'kg';
  return small ? '100ml' : 'l';
}

/** A price per base unit (gram, millilitre, item) and the pack size it came from. */
interface PerBase {
  readonly unit: BaseUnit;
  readonly perBase: number;
  readonly pack: number;
}

function shopifyPerBase(unitPrice: ShopifyUnitPrice): PerBase | undefined {
  const quantity = SHOPIFY_UNITS[unitPrice.quantityUnit];
  const reference = SHOPIFY_UNITS[unitPrice.referenceUnit];
  if (!quantity || !reference || quantity[0] !== reference[0] || !(unitPrice.referenceValue > 0))
    return undefined;
  return {
    unit: quantity[0],
    perBase: unitPrice.price.amount / (unitPrice.referenceValue * reference[1]),
    pack: unitPrice.quantityValue * quantity[1],
  };
}

function shopifyReference(unitPrice: ShopifyUnitPrice): UnitReference | undefined {
  const reference = SHOPIFY_UNITS[unitPrice.referenceUnit];
  if (!reference) return undefined;
  const base = unitPrice.referenceValue * reference[1];
  return UNIT_REFERENCES.find(
    (name) => REFERENCE_SIZE[name][0] === reference[0] && REFERENCE_SIZE[name][1] === base,
  );
}

/** Both sides per base unit: Shopify's unit prices where the merchant set both, else the published quantities. */
function perBase(
  from: OfferVariant,
  to: OfferVariant,
  sizes: PublishedOffer['sizes'],
): [PerBase, PerBase] | undefined {
  const shopify =
    from.unitPrice && to.unitPrice ? [shopifyPerBase(from.unitPrice), shopifyPerBase(to.unitPrice)] : [];
  const [a, b] = shopify;
  if (a && b && a.unit === b.unit) return [a, b];
  if (!sizes || sizes[2] === 'gb') return undefined;
  const [fromAmount, toAmount, unit] = sizes;
  return [
    { unit, perBase: from.price.amount / fromAmount, pack: fromAmount },
    { unit, perBase: to.price.amount / toAmount, pack: toAmount },
  ];
}

/**
 * The unit prices an upgrade line quotes, or undefined when they would mean nothing: the good is not sold by
 * measure (no Shopify unit price, no quantity the backend published), or the bigger size is not cheaper per unit.
 * Shopify's reference wins where both variants share it (the merchant chose it); else the locale's practice.
 */
export function compareUnitPrices(
  from: OfferVariant,
  to: OfferVariant,
  sizes: PublishedOffer['sizes'],
  language: string,
): UnitPriceComparison | undefined {
  if (from.price.currencyCode !== to.price.currencyCode) return undefined;
  const sides = perBase(from, to, sizes);
  if (!sides) return undefined;
  const [a, b] = sides;
  const shared = from.unitPrice && to.unitPrice ? shopifyReference(from.unitPrice) : undefined;
  const sameShopifyReference =
    shared !== undefined && to.unitPrice !== undefined && shopifyReference(to.unitPrice) === shared;
  const per =
    sameShopifyReference && REFERENCE_SIZE[shared][0] === a.unit
      ? shared
      : practiceReference(a.unit, Math.max(a.pack, b.pack), language);
  const size = REFERENCE_SIZE[per][1];
  const currencyCode = from.price.currencyCode;
  const fromPrice = roundMoney(a.perBase * size);
  const toPrice = roundMoney(b.perBase * size);
  if (!(toPrice < fromPrice)) return undefined;
  return { from: { amount: fromPrice, currencyCode }, to: { amount: toPrice, currencyCode }, per };
}
