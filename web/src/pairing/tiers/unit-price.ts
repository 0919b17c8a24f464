import type { CatalogVariant } from '../types.js';
import { parseQuantity, type Quantity } from './quantity.js';
import { soldByMeasure } from './sold-by-measure.js';

/**
 * Unit-price comparison for an upgrade, per the smaller (cart) quantity: "€4.20 more, €2.10 less per 250 g".
 * Only produced when both sides are sold by the same kind of quantity.
 */
export interface UnitPriceComparison {
  readonly from: Quantity;
  readonly to: Quantity;
  /** What the bigger size costs per `from` quantity, in minor units (rounded). */
  readonly toPricePerFromQuantityMinor: number;
  /** Saving per `from` quantity in minor units; negative when the bigger size is dearer per unit. */
  readonly savingPerFromQuantityMinor: number;
}

/**
 * The quantity a variant is sold by, from an option whose name says so ("Weight: 250 g", "Pack: Pack of 6").
 * Titles and generic options (Size, Volume, Capacity) give none: a quantity there is as often the good's own size.
 */
export function variantQuantity(variant: CatalogVariant): Quantity | undefined {
  for (const option of variant.options) {
    const quantity = parseQuantity(option.value);
    if (quantity && soldByMeasure(option.name, quantity.unit)) return quantity;
  }
  return undefined;
}

export function compareUnitPrices(
  from: { readonly quantity: Quantity | undefined; readonly priceMinor: number },
  to: { readonly quantity: Quantity | undefined; readonly priceMinor: number },
): UnitPriceComparison | undefined {
  const a = from.quantity;
  const b = to.quantity;
  if (!a || !b || a.unit !== b.unit || !(a.amount > 0) || !(b.amount > 0) || a.amount === b.amount)
    return undefined;
  const scaled = Math.round((to.priceMinor * a.amount) / b.amount);
  return {
    from: a,
    to: b,
    toPricePerFromQuantityMinor: scaled,
    savingPerFromQuantityMinor: from.priceMinor - scaled,
  };
}
