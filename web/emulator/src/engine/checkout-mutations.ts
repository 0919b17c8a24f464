/**
 * A buyer reaching checkout and changing the cart there (control API, checkout preview): Shopify tells the app
 * with signed `checkouts/create` and `checkouts/update` webhooks, which the app measures the holdout from.
 */
import { restCheckout } from '../state/rest-checkout.js';
import type { EmulatedCheckout, EmulatedLineItem } from '../state/types.js';
import { applyAutomaticDiscounts, type PricedLine } from './apply-discounts.js';
import type { EngineRuntime } from './runtime.js';
import type { CheckoutInput } from './types.js';

export function upsertCheckout(
  runtime: EngineRuntime,
  domain: string,
  input: CheckoutInput,
): EmulatedCheckout {
  const { state } = runtime.shop(domain);
  if (input.token.trim() === '') throw new Error('upsertCheckout: token must not be blank.');
  if (input.lines.length === 0) throw new Error('upsertCheckout: a checkout needs at least one line.');
  const at = input.at ?? runtime.nowIso();
  if (Number.isNaN(Date.parse(at))) throw new Error(`upsertCheckout: at '${at}' is not an ISO-8601 time.`);
  const priced: PricedLine[] = input.lines.map((line, index) => {
    const variant = state.variants.get(line.variantId);
    if (!variant)
      throw new Error(`upsertCheckout: lines[${index}].variantId ${line.variantId} does not exist.`);
    if (!Number.isInteger(line.quantity) || line.quantity < 1)
      throw new Error(`upsertCheckout: lines[${index}].quantity must be a whole number ≥ 1.`);
    return {
      productId: variant.productId,
      variantId: variant.id,
      quantity: line.quantity,
      unitPrice: Number(variant.price),
      discount: 0,
    };
  });
  applyAutomaticDiscounts(priced, state, runtime.now());
  const lineItems: EmulatedLineItem[] = priced.map((line, index) => ({
    // Checkouts keep their own numbering: the shop's id counter would shift the ids of orders placed later (the
    // demo replays its orders by id).
    id: `${input.token}-${index + 1}`,
    productId: line.productId,
    variantId: line.variantId,
    title: state.products.get(line.productId)?.title ?? '',
    quantity: line.quantity,
    originalUnitPrice: line.unitPrice.toFixed(2),
    discountedTotal: (line.unitPrice * line.quantity - line.discount).toFixed(2),
    customAttributes: input.lines[index]?.customAttributes?.map(({ key, value }) => ({ key, value })) ?? [],
    discountAllocations: (line.allocations ?? []).map(({ title, amount }) => ({
      title,
      amount: amount.toFixed(2),
    })),
  }));
  const existing = state.checkouts.get(input.token);
  const checkout: EmulatedCheckout = existing
    ? { ...existing, updatedAt: at, lineItems }
    : {
        id: state.checkouts.size + 1,
        token: input.token,
        createdAt: at,
        updatedAt: at,
        currencyCode: state.shop.currencyCode,
        lineItems,
      };
  state.checkouts.set(input.token, checkout);
  runtime.bus.emit({
    domain,
    topic: existing ? 'checkouts/update' : 'checkouts/create',
    payload: restCheckout(checkout),
  });
  return checkout;
}
