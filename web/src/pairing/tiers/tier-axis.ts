import type { CatalogProduct, CatalogVariant } from '../types.js';
import { parseQuantity } from './quantity.js';
import { isTierOptionName } from './tier-words.js';

export interface TierAxis {
  /** The option name, as the merchant spelled it. */
  readonly option: string;
  /** The option's values, cheapest tier first. */
  readonly values: readonly string[];
}

const optionValue = (variant: CatalogVariant, option: string): string | undefined =>
  variant.options.find((selected) => selected.name === option)?.value;

/**
 * The option whose values are tiers: its name says so (Size, Weight, Plan, Pack…) and its values differ in
 * price. Values are ordered by their median price, then by measured quantity, then as the merchant listed them.
 * Apparel sizes at one price are therefore no axis, and nobody gets "upgraded" from M to L.
 */
export function detectTierAxis(product: CatalogProduct): TierAxis | undefined {
  const names = [
    ...new Set(product.variants.flatMap((variant) => variant.options.map((option) => option.name))),
  ];
  for (const option of names.filter(isTierOptionName)) {
    const prices = new Map<string, number[]>();
    for (const variant of product.variants) {
      const value = optionValue(variant, option);
      if (value !== undefined) prices.set(value, [...(prices.get(value) ?? []), variant.priceMinor]);
    }
    const values = [...prices.keys()];
    const medians = new Map([...prices].map(([value, list]) => [value, median(list)] as const));
    if (values.length < 2 || new Set(medians.values()).size < 2) continue;
    const amount = (value: string): number => parseQuantity(value)?.amount ?? Number.POSITIVE_INFINITY;
    const ordered = values
      .map((value, position) => ({ value, position }))
      .sort(
        (a, b) =>
          (medians.get(a.value) ?? 0) - (medians.get(b.value) ?? 0) ||
          amount(a.value) - amount(b.value) ||
          a.position - b.position,
      )
      .map(({ value }) => value);
    return { option, values: ordered };
  }
  return undefined;
}

/** Variants of the product that differ from `from` only on the axis and sit on a higher tier, nearest first. */
export function higherTiers(product: CatalogProduct, axis: TierAxis, from: CatalogVariant): CatalogVariant[] {
  const level = axis.values.indexOf(optionValue(from, axis.option) ?? '');
  if (level < 0) return [];
  const sameOtherwise = (variant: CatalogVariant): boolean =>
    from.options.every(
      (selected) => selected.name === axis.option || optionValue(variant, selected.name) === selected.value,
    );
  return product.variants
    .filter((variant) => variant.id !== from.id && sameOtherwise(variant))
    .map((variant) => ({ variant, level: axis.values.indexOf(optionValue(variant, axis.option) ?? '') }))
    .filter((entry) => entry.level > level && entry.variant.priceMinor > from.priceMinor)
    .sort((a, b) => a.level - b.level || a.variant.priceMinor - b.variant.priceMinor)
    .map((entry) => entry.variant);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}
