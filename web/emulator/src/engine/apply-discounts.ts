/**
 * Active automatic BXGY discounts applied to a cart, as Shopify applies them to checkouts and orders, so the
 * checkout preview's totals and attribution see real `discountedTotalSet`s. Model (simplified from Shopify's):
 * each time the "buys" condition is met (quantity, or amount once) the customer gets `gets.quantity` units of the
 * "gets" items at the effect, capped by usesPerOrderLimit. The dearest qualifying units count toward "buys" and
 * the cheapest remaining units get the discount. Combinations (Shopify's defaults): only one product discount
 * applies per line, and two discounts apply to one order only if both combine with product discounts; otherwise
 * the bigger saving wins. Not emulated: tags that let product discounts share a line (Shopify Plus).
 */
import type { BxgyDiscountRecord, BxgyItems } from '../state/records.js';
import type { ShopState } from '../state/shop-state.js';
import { discountStatus } from '../state/discount-status.js';

/** What one discount took off one line. */
export interface DiscountAllocation {
  readonly discountId: string;
  readonly title: string;
  readonly amount: number;
}

export interface PricedLine {
  readonly productId: string;
  readonly variantId: string;
  readonly quantity: number;
  readonly unitPrice: number;
  discount: number;
  /** Filled in by applyAutomaticDiscounts: the discounts behind `discount`. */
  allocations?: DiscountAllocation[];
}

const cents = (amount: number): number => Math.round(amount * 100) / 100;

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

/** One discount on its own: the amount it takes off each line (by index). */
function allocate(discount: BxgyDiscountRecord, lines: readonly PricedLine[], shop: ShopState): number[] {
  const amounts = lines.map(() => 0);
  const buyLines = lines.filter((line) => matches(discount.buys.items, line, shop));
  const times = timesMet(discount, buyLines);
  if (times === 0) return amounts;
  const free = lines.map((line) => line.quantity);
  const byPrice = lines
    .map((line, index) => ({ line, index }))
    .sort((a, b) => a.line.unitPrice - b.line.unitPrice);
  let reserved = (discount.buys.quantity ?? 0) * times;
  for (const { line, index } of [...byPrice].reverse()) {
    if (reserved === 0) break;
    if (!buyLines.includes(line)) continue;
    const used = Math.min(reserved, free[index] ?? 0);
    free[index] = (free[index] ?? 0) - used;
    reserved -= used;
  }
  let remaining = discount.gets.quantity * times;
  for (const { line, index } of byPrice) {
    if (remaining === 0) break;
    if (!matches(discount.gets.items, line, shop)) continue;
    const units = Math.min(free[index] ?? 0, remaining);
    const perUnit =
      discount.gets.percentage !== null
        ? line.unitPrice * discount.gets.percentage
        : Math.min(Number(discount.gets.amount), line.unitPrice);
    amounts[index] = cents(units * perUnit);
    remaining -= units;
  }
  return amounts;
}

/** Applies the shop's active automatic discounts to `lines` in place (`discount` and `allocations`). */
export function applyAutomaticDiscounts(lines: PricedLine[], shop: ShopState, nowMs: number): void {
  const candidates = [...shop.discounts.values()]
    .filter((discount) => discountStatus(discount, nowMs) === 'ACTIVE')
    .map((discount) => {
      const amounts = allocate(discount, lines, shop);
      return { discount, amounts, total: amounts.reduce((sum, amount) => sum + amount, 0) };
    })
    .filter((candidate) => candidate.total > 0)
    .sort((a, b) => b.total - a.total || a.discount.createdAt.localeCompare(b.discount.createdAt));
  const accepted: typeof candidates = [];
  for (const candidate of candidates) {
    const combines = accepted.every(
      (other) =>
        other.discount.combinesWith.productDiscounts &&
        candidate.discount.combinesWith.productDiscounts &&
        other.amounts.every((amount, index) => amount === 0 || candidate.amounts[index] === 0),
    );
    if (combines) accepted.push(candidate);
  }
  lines.forEach((line, index) => {
    line.allocations = accepted.flatMap(({ discount, amounts }) => {
      const amount = amounts[index] ?? 0;
      return amount > 0 ? [{ discountId: discount.nodeId, title: discount.title, amount }] : [];
    });
    line.discount = cents(line.discount + line.allocations.reduce((sum, { amount }) => sum + amount, 0));
  });
}
