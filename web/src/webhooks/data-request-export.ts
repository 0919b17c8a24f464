import type { JsonValue } from '../domain/json.js';
import type { OrderWithLines } from '../domain/order.js';
import type { DataRequest } from '../store/ports/data-request-store.js';
import type { PublishedProfile } from '@tandem/offer-core';

/** How long the merchant can download an export (then it is purged): 30 days, as the issue for it asks. */
export const DATA_REQUEST_RETENTION_DAYS = 30;

/**
 * A customers/data_request answered from what Tandem holds: the customer's orders (lines, totals, times) under
 * a one-way hash of their id; no name, email or address is ever stored. The merchant hands this file on.
 */
export function dataRequestExport(input: {
  readonly shop: string;
  readonly requestId: string;
  readonly customerId: string;
  readonly receivedAt: Date;
  readonly orders: readonly OrderWithLines[];
  /** The buyer profile Tandem writes to the customer (personalisation), and whether it is live in Shopify. */
  readonly buyerProfile: { readonly published: boolean; readonly profile: PublishedProfile | null };
}): { readonly request: DataRequest; readonly exported: JsonValue } {
  const receivedAt = input.receivedAt.toISOString();
  const request: DataRequest = {
    id: input.requestId,
    customerId: input.customerId,
    receivedAt,
    expiresAt: new Date(input.receivedAt.getTime() + DATA_REQUEST_RETENTION_DAYS * 86_400_000).toISOString(),
    orders: input.orders.length,
  };
  const exported = {
    app: 'Tandem',
    shop: input.shop,
    dataRequestId: input.requestId,
    customerId: input.customerId,
    generatedAt: receivedAt,
    about:
      'Tandem keeps the orders below (products, quantities, prices, times) to learn which products are bought ' +
      'together. It stores the customer only as a one-way hash of their id: no name, email, phone or address.',
    orders: JSON.parse(JSON.stringify(input.orders)) as JsonValue,
    buyerProfile: {
      about:
        'With personalisation on, Tandem writes to the customer a profile for checkout offers: the products they ' +
        'bought in the order history (product and variant ids), days since, how many orders held each, and ' +
        'what those products are often bought with. published says whether it is on the customer now.',
      published: input.buyerProfile.published,
      profile: JSON.parse(JSON.stringify(input.buyerProfile.profile)) as JsonValue,
    },
  };
  return { request, exported };
}
