import type { OrderWithLines } from '../domain/order.js';
import type { AdminClient } from '../shopify/admin/client.js';
import { CHILD_PAGE_SIZE, readConnection } from '../shopify/admin/connections.js';
import { OrderDocument, OrderLinesPageDocument } from '../shopify/admin/generated/graphql.js';
import { mapOrder } from '../shopify/admin/mappers.js';

/** An order with all its lines as Shopify holds it now; undefined when it is gone or cannot be read. */
export async function fetchCurrentOrder(
  client: AdminClient,
  orderId: string,
  context: { readonly shopCurrency: string; readonly customerHashKey: string },
): Promise<OrderWithLines | undefined> {
  const { data } = await client.request(OrderDocument, { id: orderId });
  if (!data.order) return undefined;
  const lines = await readConnection(async (after) => {
    const page = await client.request(OrderLinesPageDocument, { id: orderId, first: CHILD_PAGE_SIZE, after });
    return { page: page.data.order?.lineItems ?? null, cost: page.cost };
  });
  if (!lines) return undefined;
  const mapped = mapOrder(data.order, lines, context);
  return mapped.kind === 'mapped' ? mapped.value : undefined;
}
