import { armForCheckout } from '@tandem/offer-core';
import type { Arm } from '../../domain/event.js';
import type { OrderWithLines } from '../../domain/order.js';
import type { OrderFact } from '../../store/ports/measurement-store.js';
import { hashCheckoutToken } from '../checkout-hash.js';

export interface OrderArm {
  readonly arm: Arm | null;
  readonly checkoutHash: string | null;
}

/**
 * The order's holdout arm, recomputed from its checkout token with the extension's own function and salt
 * (the shop domain: web/src/offers/publish-config.ts) and the holdout share.
 *
 * Which share: the one in the settings when the order is first seen, and never again. Checkout decided with
 * the share published at that moment; the orders/create webhook arrives seconds later, so the settings then
 * are the settings the checkout used (up to the publish delay). The arm is stored in the order's fact and
 * reused for every later update, refund or reconcile, so a merchant who changes the holdout share later does
 * not reshuffle the past. An order first seen without a token (synced through Admin GraphQL, which has none)
 * has no arm. When Shopify reported the checkout, the order takes the arm recorded for it then, so a checkout and
 * its order never disagree. An order a reconcile finds from before `measuredFrom` (the install: the history a first
 * sync reads) and whose checkout Shopify never reported was placed when no buyer was split; it has no arm either.
 */
export function decideOrderArm(input: {
  readonly shop: string;
  readonly order: OrderWithLines;
  readonly previous: OrderFact | undefined;
  readonly holdoutShare: number;
  /** The arm recorded for the order's checkout (CheckoutFact), if Shopify reported it. */
  readonly checkoutArm?: Arm | undefined;
  /** Orders created before this instant take an arm only from a reported checkout (reconcile only). */
  readonly measuredFrom?: string | undefined;
}): OrderArm {
  const { order, previous } = input;
  const checkoutHash =
    previous?.checkoutHash ?? (order.checkoutToken ? hashCheckoutToken(order.checkoutToken) : null);
  if (previous !== undefined && previous.arm !== null) return { arm: previous.arm, checkoutHash };
  if (!order.checkoutToken) return { arm: null, checkoutHash };
  if (input.checkoutArm !== undefined) return { arm: input.checkoutArm, checkoutHash };
  if (input.measuredFrom !== undefined && Date.parse(order.createdAt) < Date.parse(input.measuredFrom))
    return { arm: null, checkoutHash };
  return {
    arm: armForCheckout(order.checkoutToken, { holdoutShare: input.holdoutShare, salt: input.shop }),
    checkoutHash,
  };
}
