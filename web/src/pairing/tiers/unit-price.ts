import type { CatalogProduct, CatalogVariant } from '../types.js';
import { parseQuantity, type Quantity } from './quantity.js';

/**
 * Unit-price comparison for an upgrade, per the smaller (cart) quantity: "€4.20 more, €2.10 less per 250 g".
 * Only produced when both sides measure the same kind of quantity.
 */
export interface UnitPriceComparison {
  readonly from: Quantity;
  readonly to: Quantity;
  /** What the bigger size costs per `from` quantity, in minor units (rounded). */
  readonly toPricePerFromQuantityMinor: number;
  /** Saving per `from` quantity in minor units; negative when the bigger size is dearer per unit. */
  readonly savingPerFromQuantityMinor: number;
}

/** A variant's quantity: from its options, else its title, else its product's title. */
export function variantQuantity(product: CatalogProduct, variant: CatalogVariant): Quantity | undefined {
  for (const option of variant.options) {
    const quantity = parseQuantity(option.value);
    if (quantity) return quantity;
  }
  return parseQuantity(variant.title) ?? parseQuantity(product.title);
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
