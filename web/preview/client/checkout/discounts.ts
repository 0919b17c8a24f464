import type { CheckoutDiscounts } from '../shared/preview-api.js';
import type { CartLine } from '@shopify/ui-extensions/checkout';

/** One line's discounts in the buyer's currency. */
export interface LineDiscounts {
  readonly total: number;
  readonly discounts: readonly { readonly title: string; readonly amount: number }[];
}

const round = (amount: number): number => Math.round(amount * 100) / 100;

/**
 * The shop's discounts (worked out by the emulated shop in its own currency) on the lines as the buyer sees them:
 * each scaled by the line's price in the buyer's currency over its price in the shop's, as a percentage discount
 * converts. Lines are matched by position and variant; a line the shop has not priced yet gets none.
 */
export function discountsByLine(
  lines: readonly CartLine[],
  shop: CheckoutDiscounts | undefined,
): ReadonlyMap<string, LineDiscounts> {
  const byLine = new Map<string, LineDiscounts>();
  lines.forEach((line, index) => {
    const priced = shop?.lines[index];
    if (!priced || priced.variantId !== line.merchandise.id || priced.original <= 0) return;
    const rate = line.cost.totalAmount.amount / priced.original;
    const discounts = priced.discounts.map(({ title, amount }) => ({ title, amount: round(amount * rate) }));
    const total = round(discounts.reduce((sum, { amount }) => sum + amount, 0));
    if (total > 0) byLine.set(line.id, { total, discounts });
  });
  return byLine;
}
