/**
 * Active automatic BXGY discounts applied to an order created through the control API, so attribution
 * sees real `discountedTotalSet`s. Model (simplified from Shopify's): each time the "buys" condition is met
 * (quantity, or amount once) the customer gets `gets.quantity` units of the "gets" items at the effect,
 * capped by usesPerOrderLimit; units counted toward "buys" are not discounted again; lines are taken in
 * order (Shopify prefers the cheapest items — not emulated).
 */
import type { BxgyDiscountRecord, BxgyItems } from '../state/records.js';
import type { ShopState } from '../state/shop-state.js';
import { discountStatus } from '../state/discount-status.js';

export interface PricedLine {
  readonly productId: string;
  readonly variantId: string;
  readonly quantity: number;
  readonly unitPrice: number;
  discount: number;
}

function matches(items: BxgyItems, line: PricedLine, shop: ShopState): boolean {
  if (items.variantIds.includes(line.variantId) || items.productIds.includes(line.productId)) return true;
  const collections = shop.products.get(line.productId)?.collectionIds ?? [];
  return items.collectionIds.some((id) => collections.includes(id));
}

function timesMet(discount: BxgyDiscountRecord, buyLines: readonly PricedLine[]): number {
  const units = buyLines.reduce((sum, line) => sum + line.quantity, 0);
  const amount = buyLines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);
  const times = discount.buys.quantity
    ? Math.floor(units / discount.buys.quantity)
    : amount >= Number(discount.buys.amount)
      ? 1
      : 0;
  return discount.usesPerOrderLimit ? Math.min(times, discount.usesPerOrderLimit) : times;
}

export function applyAutomaticDiscounts(lines: PricedLine[], shop: ShopState, nowMs: number): void {
  for (const discount of shop.discounts.values()) {
    if (discountStatus(discount, nowMs) !== 'ACTIVE') continue;
    const buyLines = lines.filter((line) => matches(discount.buys.items, line, shop));
    const times = timesMet(discount, buyLines);
    if (times === 0) continue;
    let reserved = (discount.buys.quantity ?? 0) * times;
    let remaining = discount.gets.quantity * times;
    for (const line of lines) {
      if (remaining === 0) break;
      if (!matches(discount.gets.items, line, shop)) continue;
      let available = line.quantity;
      if (buyLines.includes(line) && reserved > 0) {
        const used = Math.min(reserved, available);
        reserved -= used;
        available -= used;
      }
      const units = Math.min(available, remaining);
      const perUnit =
        discount.gets.percentage !== null
          ? line.unitPrice * discount.gets.percentage
          : Math.min(Number(discount.gets.amount), line.unitPrice);
      line.discount = Math.round((line.discount + units * perUnit) * 100) / 100;
      remaining -= units;
    }
  }
}
