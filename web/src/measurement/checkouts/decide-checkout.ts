import { armForCheckout } from '@tandem/offer-core';
import type { CheckoutFact } from '../../store/ports/measurement-store.js';
import { hashCheckoutToken } from '../checkout-hash.js';

/** A checkout as a signed Shopify payload describes it: its token, creation time and the products in its cart. */
export interface ReportedCheckout {
  readonly token: string;
  readonly createdAt: string;
  readonly productIds: readonly string[];
  readonly source: CheckoutFact['source'];
}

/**
 * What the lift counts a checkout as, decided on the server only: the arm from the token with the extension's own
 * function and salt (the shop domain) and the holdout share of the moment, and eligibility from the lists Tandem
 * had published for the cart's products. Pure: the caller reads the share and the published products.
 */
export function decideCheckout(input: {
  readonly shop: string;
  readonly checkout: ReportedCheckout;
  readonly holdoutShare: number;
  readonly publishedProducts: ReadonlySet<string>;
}): CheckoutFact {
  const { checkout } = input;
  return {
    checkoutHash: hashCheckoutToken(checkout.token),
    createdAt: checkout.createdAt,
    arm: armForCheckout(checkout.token, { holdoutShare: input.holdoutShare, salt: input.shop }),
    eligible: checkout.productIds.some((id) => input.publishedProducts.has(id)),
    source: checkout.source,
  };
}
