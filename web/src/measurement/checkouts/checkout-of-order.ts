import { parseTandemAttribute } from '@tandem/offer-core';
import type { OrderLine, OrderWithLines } from '../../domain/order.js';
import type { ReportedCheckout } from './decide-checkout.js';

/**
 * Whether the line was in the cart the checkout began with. A cross-sell line was added by an offer, so it was not;
 * an upgrade line replaced a cart line's variant with the next tier of the same product (or of its family), so
 * its product stands for the one the buyer brought. A `_tandem` value that cannot be read may be either: left out.
 * The attribute can only take a line out, so a forged one never makes a checkout count as eligible.
 */
function inCart(line: OrderLine): boolean {
  if (line.tandemAttribute === null) return true;
  const parsed = parseTandemAttribute(line.tandemAttribute);
  return parsed.kind === 'offer' && parsed.offerKind === 'upgrade';
}

/**
 * The checkout an order came from, for when Shopify's checkout webhooks were missed: its cart was the order's lines
 * that no cross-sell added, and it was created no later than the order.
 */
export function checkoutOfOrder(order: OrderWithLines): ReportedCheckout | null {
  if (!order.checkoutToken) return null;
  const productIds = order.lines.flatMap((line) =>
    inCart(line) && line.productId !== null ? [line.productId] : [],
  );
  return {
    token: order.checkoutToken,
    createdAt: order.createdAt,
    productIds: [...new Set(productIds)],
    source: 'order',
  };
}
