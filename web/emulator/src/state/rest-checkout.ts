/**
 * The `checkouts/create` and `checkouts/update` webhook body in Shopify's REST Checkout shape
 * (https://shopify.dev/docs/api/webhooks/latest?reference=toml, topic checkouts/create; the REST Checkout resource):
 * `token` is the checkout token the extension, the pixel and the later order (`checkout_token`) all carry; line items
 * name `product_id`/`variant_id` numerically, prices as strings, and itemise their discounts in `applied_discounts`.
 * The emulated checkout has no buyer yet, so `email`, `customer` and the addresses are null.
 */
import { numericId } from './gid.js';
import type { EmulatedCheckout } from './types.js';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

export function restCheckout(checkout: EmulatedCheckout): Record<string, unknown> {
  const original = sum(checkout.lineItems.map((line) => Number(line.originalUnitPrice) * line.quantity));
  const discounted = sum(checkout.lineItems.map((line) => Number(line.discountedTotal)));
  return {
    id: checkout.id,
    token: checkout.token,
    cart_token: null,
    email: null,
    created_at: checkout.createdAt,
    updated_at: checkout.updatedAt,
    completed_at: null,
    currency: checkout.currencyCode,
    presentment_currency: checkout.currencyCode,
    subtotal_price: discounted.toFixed(2),
    total_price: discounted.toFixed(2),
    total_line_items_price: original.toFixed(2),
    total_discounts: (original - discounted).toFixed(2),
    discount_codes: [],
    note_attributes: [],
    customer: null,
    billing_address: null,
    shipping_address: null,
    line_items: checkout.lineItems.map((line) => {
      const lineDiscount = Number(line.originalUnitPrice) * line.quantity - Number(line.discountedTotal);
      return {
        key: line.id,
        product_id: line.productId ? numericId(line.productId) : null,
        variant_id: line.variantId ? numericId(line.variantId) : null,
        title: line.title,
        quantity: line.quantity,
        price: line.originalUnitPrice,
        line_price: line.discountedTotal,
        applied_discounts:
          line.discountAllocations?.map(({ title, amount }) => ({ amount, title })) ??
          (lineDiscount > 0.004 ? [{ amount: lineDiscount.toFixed(2), title: 'Automatic discount' }] : []),
        properties: Object.fromEntries(line.customAttributes.map(({ key, value }) => [key, value])),
      };
    }),
  };
}
