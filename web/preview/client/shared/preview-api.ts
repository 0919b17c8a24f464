/** The preview server's API (web/src/dev/preview/api-routes.ts) from the browser side. */
import type {
  AppMetafieldEntry,
  CheckoutDiscounts,
  OrderLineInput,
  PlacedOrder,
  PreviewCustomer,
  PreviewProduct,
  PreviewShop,
  SampleLine,
} from '../../../src/dev/preview/wire-types.js';

export type {
  AppMetafieldEntry,
  CheckoutDiscounts,
  OrderLineInput,
  PlacedOrder,
  PreviewCustomer,
  PreviewProduct,
  PreviewShop,
  SampleLine,
};

async function call<T>(path: string, body?: unknown): Promise<T> {
  const init =
    body === undefined
      ? {}
      : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
  const response = await fetch(`/preview/api/${path}`, init);
  const parsed = (await response.json()) as T & { error?: { message?: string } };
  if (!response.ok) throw new Error(parsed.error?.message ?? `${path}: HTTP ${response.status}`);
  return parsed;
}

export const previewApi = {
  context: () => call<{ shop: PreviewShop }>('context'),
  catalog: () => call<{ products: PreviewProduct[]; samples: SampleLine[] }>('catalog'),
  /** Storefront GraphQL as checkout's `query` sends it; the answer is returned whole ({data, errors}). */
  async storefront(
    query: string,
    variables: Record<string, unknown>,
  ): Promise<{ data?: unknown; errors?: unknown }> {
    const response = await fetch('/preview/api/storefront', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: unknown; errors?: unknown };
  },
  /** A few returning customers for the buyer switch (their profiles published), each with a cart to try. */
  customers: () => call<{ customers: PreviewCustomer[] }>('customers'),
  /** `customerId`: the logged-in buyer, whose profile checkout adds; absent for a guest. */
  metafields: (productIds: readonly string[], customerId?: string) =>
    call<{ entries: AppMetafieldEntry[] }>('metafields', {
      productIds,
      ...(customerId === undefined ? {} : { customerId }),
    }),
  reportCheckout: (body: {
    checkoutToken: string;
    lines: readonly { variantId: string; quantity: number }[];
  }) => call<{ reported: true; discounts: CheckoutDiscounts }>('checkouts', body),
  placeOrder: (body: { checkoutToken: string; customerId?: string; lines: readonly OrderLineInput[] }) =>
    call<{ order: PlacedOrder }>('orders', body),
};
